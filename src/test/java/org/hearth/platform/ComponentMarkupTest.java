package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.Pager;
import org.hearth.platform.web.SummaryRow;
import org.hearth.platform.web.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fragment of {@code templates/components.html}, rendered with sample data, uses only {@code govuk-*}
 * classes that GOV.UK Frontend's own fixtures for that component use (plus common utility classes found in any
 * component's fixtures). A misspelt or invented class, or a fragment that no longer renders, fails here.
 *
 * <p>Thymeleaf runs standalone, as Spring MVC would run it for a view (request context for {@code #fields} and
 * {@code @{...}} links), without starting the application.
 */
class ComponentMarkupTest {

    static final String GOVUK_FRONTEND = "5.14.0";
    static final String COMPONENTS = "META-INF/resources/webjars/govuk-frontend/" + GOVUK_FRONTEND
            + "/dist/govuk/components/";

    /** Classes not tied to one component, allowed in any fragment as long as some fixture uses them. */
    static final Pattern UTILITY = Pattern.compile("govuk-(!-.+|link(--.+)?|list(--.+)?|visually-hidden(-focusable)?"
            + "|body(-.+)?|heading-.+|caption-.+|input--width-.+|label(--.+)?|hint|form-group(--error)?"
            + "|error-message)");

    static SpringTemplateEngine engine;
    /** Component name (the fixtures folder) to every class in its fixtures. */
    static Map<String, Set<String>> fixtureClasses;
    static Set<String> utilityClasses;

    @BeforeAll
    static void setUp() throws IOException {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        // the samples below are small inline templates that include the fragments from templates/components.html
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setTemplateMode(TemplateMode.HTML);
        inline.setOrder(2);
        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);

        fixtureClasses = new TreeMap<>();
        JsonMapper json = new JsonMapper();
        for (String component : fixtureComponents()) {
            Set<String> classes = new TreeSet<>();
            try (InputStream in = resource(COMPONENTS + component + "/fixtures.json")) {
                for (JsonNode fixture : json.readTree(in).get("fixtures")) {
                    classes.addAll(classesIn(fixture.get("html").stringValue()));
                }
            }
            fixtureClasses.put(component, classes);
        }
        assertThat(fixtureClasses).as("GOV.UK Frontend %s fixtures on the classpath (is that still the version?)",
                GOVUK_FRONTEND).containsKeys("error-summary", "tag", "date-input").hasSizeGreaterThan(30);
        utilityClasses = fixtureClasses.values().stream().flatMap(Set::stream)
                .filter(c -> UTILITY.matcher(c).matches()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * One rendering of a fragment: the GOV.UK components whose fixtures it is checked against, the template that
     * includes it, what the rendering must contain (CSS selectors, and some text).
     */
    record Sample(String fragment, List<String> components, String template, List<String> expected, String text) {

        @Override
        public String toString() {
            return fragment;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("errorSummary", List.of("error-summary"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: errorSummary}\"></div></form>",
                        List.of(".govuk-error-summary a[href=#name]", ".govuk-error-summary__list li:not(:has(a))"), "Enter a name"),
                new Sample("errorSummaryFor", List.of("error-summary"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: errorSummaryFor(${ {'name'} })}\"></div></form>",
                        List.of(".govuk-error-summary a[href=#name]", ".govuk-error-summary__list li:not(:has(a))"), "Enter a name"),
                new Sample("textInput", List.of("input", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: textInput('name', 'Name', 'Your full name', 'govuk-!-width-one-half')}\"></div></form>",
                        List.of(".govuk-form-group--error", "input.govuk-input--error#name[aria-describedby=name-hint name-error]", "label[for=name]"),
                        "Enter a name"),
                new Sample("errorSummaryOf", List.of("error-summary"),
                        "<div th:replace=\"~{components :: errorSummaryOf(${pageErrors})}\"></div>"
                                + "<div th:replace=\"~{components :: errorSummaryOf(${noErrors})}\"></div>",
                        List.of(".govuk-error-summary li:first-child a[href=#assessedOn]", ".govuk-error-summary li:nth-child(2) a[href=#answer-3]"),
                        "Enter the date of the assessment"),
                new Sample("problemSummary", List.of("error-summary"),
                        "<div th:replace=\"~{components :: problemSummary('job-message', 'There is a problem with the file', 'Column 3 is not known')}\"></div>"
                                + "<div th:replace=\"~{components :: problemSummary(null, 'Not shown', null)}\"></div>",
                        List.of("#job-message.govuk-error-summary h2.govuk-error-summary__title + .govuk-error-summary__body p"),
                        "Column 3 is not known"),
                new Sample("messageSummary", List.of("error-summary"),
                        "<div th:replace=\"~{components :: messageSummary('Enter your username', 'username')}\"></div>",
                        List.of(".govuk-error-summary a[href=#username]"), "Enter your username"),
                new Sample("fieldError", List.of("error-message"),
                        "<form th:object=\"${form}\"><p th:replace=\"~{components :: fieldError('name')}\"></p></form>",
                        List.of("p#name-error.govuk-error-message"), "Enter a name"),
                new Sample("summaryList", List.of("summary-list"),
                        "<dl th:replace=\"~{components :: summaryList(${rows})}\"></dl>",
                        List.of(".govuk-summary-list__actions a[href=/people/1/name]",
                                ".govuk-summary-list__row--no-actions"), "Sam Smith"),
                new Sample("tableOf", List.of("table"),
                        "<table th:replace=\"~{components :: tableOf('Open cases', ${heads}, ${cells})}\"></table>",
                        List.of(".govuk-table__caption--m", "th.govuk-table__header", "td.govuk-table__cell"), "HRT-0042"),
                new Sample("tableHead", List.of("table"),
                        "<table class=\"govuk-table\"><thead th:replace=\"~{components :: tableHead(${heads}, ${ {'Risk'} }, 'Actions')}\"></thead></table>"
                                + "<table class=\"govuk-table\" id=\"plain\"><thead th:replace=\"~{components :: tableHead(${heads}, null, null)}\"></thead></table>",
                        List.of("thead.govuk-table__head th.govuk-table__header[scope=col]",
                                "th.govuk-table__header:last-child > span.govuk-visually-hidden:contains(Actions)",
                                "#plain th.govuk-table__header:last-child:contains(Next review)",
                                "th.govuk-table__header--numeric:contains(Risk)",
                                "th.govuk-table__header:not(.govuk-table__header--numeric):contains(Next review)"),
                        "Next review"),
                new Sample("tableWith", List.of("table"),
                        "<table th:replace=\"~{components :: tableWith('cases', 'Open cases', 'govuk-table__caption--m', ${heads}, ${ {'Risk'} }, 'Actions', ~{::caseRows})}\">"
                                + "<tr th:ref=\"caseRows\" class=\"govuk-table__row\" th:each=\"r : ${cells}\">"
                                + "<th scope=\"row\" class=\"govuk-table__header\" th:text=\"${r[0]}\">Ref</th>"
                                + "<td class=\"govuk-table__cell\" th:text=\"${r[1]}\">Risk</td></tr></table>"
                                + "<table th:replace=\"~{components :: tableWith(null, null, null, ${heads}, null, null, ~{::plainRows})}\">"
                                + "<tr th:ref=\"plainRows\" class=\"govuk-table__row\" th:each=\"r : ${rows}\"><td class=\"govuk-table__cell\" th:text=\"${r.value()}\">x</td></tr></table>",
                        List.of("table#cases.govuk-table > caption.govuk-table__caption.govuk-table__caption--m",
                                "#cases thead.govuk-table__head th.govuk-table__header--numeric:contains(Risk)",
                                "#cases th.govuk-table__header:last-child > span.govuk-visually-hidden:contains(Actions)",
                                "#cases tbody.govuk-table__body > tr.govuk-table__row:nth-child(2) > th[scope=row]:contains(HRT-0043)",
                                // the rows see the page's own variables, even one named like a parameter ("rows")
                                "table.govuk-table:not([id]):not(:has(caption)) tbody > tr > td:contains(Testshire Refuge)"),
                        "HRT-0042"),
                new Sample("textCells", List.of("table"),
                        "<table class=\"govuk-table\"><tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\" th:each=\"r : ${cells}\">"
                                + "<th scope=\"row\" class=\"govuk-table__header\" th:text=\"${r[0]}\">Ref</th>"
                                + "<td th:replace=\"~{components :: textCells(${ {r[1], r[2], null} })}\"></td></tr></tbody></table>",
                        List.of("tr:first-child > th + td.govuk-table__cell:contains(High) + td.govuk-table__cell:contains(3 March 2026)"
                                        + " + td.govuk-table__cell:empty:last-child",
                                "tr:nth-child(2) > td.govuk-table__cell:nth-child(2):contains(Medium)",
                                "body:not(:has(td.govuk-table__cell--numeric))"),
                        "3 March 2026"),
                new Sample("numericCells", List.of("table"),
                        "<table class=\"govuk-table\"><tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\">"
                                + "<th scope=\"row\" class=\"govuk-table__header\">Spend</th>"
                                + "<td th:replace=\"~{components :: numericCells(${ {'£1,200', 14, null} })}\"></td></tr></tbody></table>",
                        List.of("th + td.govuk-table__cell.govuk-table__cell--numeric:contains(£1,200)"
                                        + " + td.govuk-table__cell--numeric:contains(14) + td.govuk-table__cell--numeric:empty:last-child"),
                        "£1,200"),
                new Sample("tableWithOrNone", List.of("table"),
                        "<table th:replace=\"~{components :: tableWithOrNone(${cells}, 'no-cases', 'No open cases.', 'cases', 'Open cases', null, ${heads}, null, null, ~{::caseRows})}\">"
                                + "<tr th:ref=\"caseRows\" class=\"govuk-table__row\" th:each=\"r : ${cells}\">"
                                + "<td class=\"govuk-table__cell\" th:text=\"${r[0]}\">Ref</td></tr></table>"
                                + "<table th:replace=\"~{components :: tableWithOrNone(${ {} }, 'no-closed', 'No closed cases.', 'closed', null, null, ${heads}, null, null, ~{::closedRows})}\">"
                                + "<tr th:ref=\"closedRows\" class=\"govuk-table__row\"><td class=\"govuk-table__cell\">x</td></tr></table>",
                        List.of("table#cases.govuk-table tbody.govuk-table__body > tr.govuk-table__row:nth-child(2) > td:contains(HRT-0043)",
                                "p.govuk-body#no-closed:contains(No closed cases.)",
                                // one or the other, never both
                                "body:not(:has(#no-cases)):not(:has(table#closed))"),
                        "HRT-0042"),
                new Sample("tableOfOrNone", List.of("table"),
                        "<th:block th:replace=\"~{components :: tableOfOrNone('no-cases', 'No open cases.', 'Open cases', ${heads}, ${cells})}\"></th:block>"
                                + "<th:block th:replace=\"~{components :: tableOfOrNone('no-closed', 'No closed cases.', 'Closed cases', ${heads}, ${ {} })}\"></th:block>",
                        List.of("table.govuk-table caption:contains(Open cases)",
                                "table.govuk-table td.govuk-table__cell:contains(HRT-0043)",
                                "p.govuk-body#no-closed:contains(No closed cases.)",
                                // one or the other, never both
                                "body:not(:has(#no-cases)):not(:has(caption:contains(Closed cases)))"),
                        "HRT-0042"),
                new Sample("failedFormSummary", List.of("error-summary"),
                        "<th:block th:with=\"failed='sample', failedFields=${ {'name', 'notes'} }\">"
                                + "<th:block th:replace=\"~{components :: failedFormSummary}\"></th:block></th:block>"
                                + "<div id=\"none\"><th:block th:replace=\"~{components :: failedFormSummary}\"></th:block></div>",
                        // the refused form's fields first, in its order (after the form's own message); nothing when no
                        // form was refused
                        List.of(".govuk-error-summary__list > li:nth-child(2) > a[href=#name]:contains(Enter a name)",
                                ".govuk-error-summary__list > li:nth-child(3) > a[href=#notes]:contains(Keep notes short)",
                                "#none:not(:has(*))"),
                        "Enter a name"),
                new Sample("tag", List.of("tag"),
                        "<th:block th:each=\"c : ${colours}\">"
                                + "<strong th:replace=\"~{components :: tag('High risk', ${c})}\"></strong></th:block>",
                        List.of(".govuk-tag.govuk-tag--red", ".govuk-tag.govuk-tag--light-blue"), "High risk"),
                new Sample("notificationBanner", List.of("notification-banner"),
                        "<div th:replace=\"~{components :: notificationBanner('Case saved.', true)}\"></div>"
                                + "<div th:replace=\"~{components :: notificationBanner('MARAC is on Tuesday.', false)}\">"
                                + "</div>",
                        List.of(".govuk-notification-banner--success[role=alert]",
                                ".govuk-notification-banner[role=region]:not(.govuk-notification-banner--success)"), "MARAC is on Tuesday."),
                new Sample("pagination", List.of("pagination"),
                        "<nav th:replace=\"~{components :: pagination(${pager})}\"></nav>",
                        List.of(".govuk-pagination__prev a[href=/cases?page=4]",
                                ".govuk-pagination__next a[href=/cases?page=6]", ".govuk-pagination__item--ellipsis",
                                ".govuk-pagination__item--current a[aria-current=page]",
                                // numbered: the next arrow after its title, no title decorated (GOV.UK's "default")
                                ".govuk-pagination__next a > span.govuk-pagination__link-title + svg.govuk-pagination__icon--next",
                                "nav.govuk-pagination:not(:has(.govuk-pagination__link-title--decorated))"), "Next"),
                new Sample("previousNext", List.of("pagination"),
                        "<nav th:replace=\"~{components :: previousNext('/referrals', '/referrals?after=k')}\"></nav>",
                        List.of(".govuk-pagination--block .govuk-pagination__prev a[href=/referrals][rel=prev]",
                                ".govuk-pagination--block .govuk-pagination__next a[href=/referrals?after=k][rel=next]",
                                // previous and next alone: each arrow before its decorated title ("with prev and next only")
                                ".govuk-pagination__prev a > svg.govuk-pagination__icon--prev + span.govuk-pagination__link-title--decorated",
                                ".govuk-pagination__next a > svg.govuk-pagination__icon--next + span.govuk-pagination__link-title--decorated"),
                        "Next"),
                new Sample("paginationArrow", List.of("pagination"),
                        "<nav class=\"govuk-pagination\">"
                                + "<div th:replace=\"~{components :: paginationArrow('prev', '/cases?page=1', false)}\"></div>"
                                + "<div th:replace=\"~{components :: paginationArrow('next', '/cases?page=3', true)}\"></div></nav>",
                        List.of(".govuk-pagination__prev > a[href=/cases?page=1][rel=prev] > svg.govuk-pagination__icon--prev"
                                        + " + span.govuk-pagination__link-title:not(.govuk-pagination__link-title--decorated)",
                                ".govuk-pagination__next > a[href=/cases?page=3][rel=next] > svg.govuk-pagination__icon--next"
                                        + " + span.govuk-pagination__link-title--decorated"),
                        "Previous page"),
                new Sample("paginationNextIcon", List.of("pagination"),
                        "<svg th:replace=\"~{components :: paginationNextIcon}\"></svg>",
                        List.of("svg.govuk-pagination__icon.govuk-pagination__icon--next[aria-hidden=true]"), ""),
                new Sample("taskList", List.of("task-list"),
                        "<ul th:replace=\"~{components :: taskList(${tasks})}\"></ul>",
                        List.of(".govuk-task-list__item--with-link a[href=/cases/1/dash]",
                                ".govuk-task-list__status--cannot-start-yet"), "Cannot start yet"),
                new Sample("dateInput", List.of("date-input", "fieldset"),
                        "<form th:object=\"${form}\">"
                                + "<div th:replace=\"~{components :: dateInput('born', 'Date of birth', "
                                + "'For example, 27 3 2007')}\"></div>"
                                + "<div th:replace=\"~{components :: dateInput('reported', 'Date reported', "
                                + "'For example, 1 2 2026')}\"></div></form>",
                        List.of(".govuk-form-group--error input.govuk-input--error[name=born.day][value=31]",
                                "input[name=reported.year][value=2026]:not(.govuk-input--error)"),
                        "Date of birth must be a real date"),
                // the tick is drawn by "input:checked + label": nothing may sit between a box and its label
                new Sample("checkbox", List.of("checkboxes", "error-message"),
                        "<form th:object=\"${form}\">"
                                + "<div th:replace=\"~{components :: checkbox('urgent', 'Urgent', null, null)}\"></div>"
                                + "<div th:replace=\"~{components :: checkbox('urgent', 'Again', 'Seen today', 'urgent-2')}\"></div>"
                                + "<div th:replace=\"~{components :: checkbox('notes', 'Notes', null, null)}\"></div></form>",
                        List.of("input[type=hidden][name=_urgent] + .govuk-checkboxes .govuk-checkboxes__item",
                                "input#urgent[name=urgent][value=true][checked]:not([aria-describedby]) + label.govuk-checkboxes__label[for=urgent]",
                                "input#urgent-2[checked][aria-describedby=urgent-2-hint] + label[for=urgent-2] + .govuk-checkboxes__hint#urgent-2-hint",
                                // an empty text field is not a tick (Thymeleaf would take "" as true)
                                "input#notes[name=notes]:not([checked])"),
                        "Urgent"),
                new Sample("checkboxes", List.of("checkboxes", "fieldset", "error-message"),
                        "<form th:object=\"${form}\">"
                                + "<div th:replace=\"~{components :: checkboxes('kinds', 'Kinds', 'Select all that apply', ${kindOptions})}\">"
                                + "</div></form>",
                        List.of(".govuk-form-group--error fieldset[aria-describedby=kinds-hint kinds-error]",
                                "input#kinds[name=kinds][value=PHYSICAL]:not([checked]) + label[for=kinds]",
                                "input#kinds-2[value=EMOTIONAL][checked] + label[for=kinds-2]",
                                ".govuk-checkboxes__divider + .govuk-checkboxes__item input#kinds-3[value=NONE][data-behaviour=exclusive]",
                                "input[type=hidden][name=_kinds] + .govuk-checkboxes"),
                        "Choose a kind"),
                new Sample("checkboxesOf", List.of("checkboxes", "fieldset"),
                        "<div th:replace=\"~{components :: checkboxesOf('outcome', 'Outcome', null, ${kindOptions}, ${chosen}, null, false)}\"></div>",
                        List.of("fieldset:not([aria-describedby])", "input#outcome[value=PHYSICAL][checked]",
                                "input#outcome-2:not([checked])", ".govuk-form-group:not(:has(input[type=hidden]))"),
                        "Physical"),
                new Sample("inputOf", List.of("input", "error-message"),
                        "<div th:replace=\"~{components :: inputOf('q', 'Name', null, 'Sam', null, 'search', 'govuk-input--width-20', 'off')}\"></div>"
                                + "<div th:replace=\"~{components :: inputOf('age', 'Age', 'In years', '', 'Enter an age', 'numeric', 'govuk-input--width-2', null)}\"></div>",
                        List.of("input#q[name=q][type=search][value=Sam][autocomplete=off]:not([aria-describedby])",
                                "input#age.govuk-input--error[type=text][inputmode=numeric][aria-describedby=age-hint age-error]",
                                ".govuk-form-group--error p#age-error"),
                        "Enter an age"),
                new Sample("inputField", List.of("input", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: inputField('email', 'Email address', null, 'email', null, 'email')}\"></div>"
                                + "<div th:replace=\"~{components :: inputField('name', 'Name', null, 'text', null, 'name')}\"></div></form>",
                        List.of("input#email[type=email][spellcheck=false][autocomplete=email][value=sam@example.org]:not([aria-describedby])",
                                "input#name.govuk-input--error[aria-describedby=name-error]"),
                        "Enter a name"),
                new Sample("passwordInputOf", List.of("password-input", "input", "button", "error-message"),
                        "<div th:replace=\"~{components :: passwordInputOf('password', 'Password', null, 'Enter your password', 'current-password')}\"></div>",
                        List.of(".govuk-password-input.govuk-form-group--error input#password[type=password][autocomplete=current-password][aria-describedby=password-error]",
                                "button.govuk-password-input__toggle[aria-controls=password][hidden]"),
                        "Enter your password"),
                new Sample("fileUploadOf", List.of("file-upload", "error-message"),
                        "<div th:replace=\"~{components :: fileUploadOf('file', 'CSV file', null, 'Choose a file', '.csv')}\"></div>",
                        List.of("input#file.govuk-file-upload--error[type=file][name=file][accept=.csv][aria-describedby=file-error]"),
                        "Choose a file"),
                new Sample("textareaField", List.of("textarea", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: textareaField('notes', 'Notes', 'What happened', 5)}\"></div></form>",
                        List.of("textarea#notes[name=notes][rows=5][aria-describedby=notes-hint notes-error].govuk-textarea--error",
                                "label[for=notes]"),
                        "Keep notes short"),
                new Sample("textareaOf", List.of("textarea"),
                        "<div th:replace=\"~{components :: textareaOf('notes-3', 'Notes on question 3', null, 'Said so', null, 3)}\"></div>",
                        List.of("textarea#notes-3[name=notes-3]:not([aria-describedby])"),
                        "Said so"),
                new Sample("characterCount", List.of("character-count", "textarea", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: characterCount('notes', 'Notes', null, 5, 500)}\"></div></form>",
                        List.of(".govuk-character-count[data-module=govuk-character-count][data-maxlength=500]",
                                "textarea#notes.govuk-js-character-count[aria-describedby=notes-info notes-error]",
                                "#notes-info.govuk-character-count__message"),
                        "You can enter up to 500 characters"),
                new Sample("selectField", List.of("select", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: selectField('kind', 'Kind', 'The main one', ${kindChoices})}\"></div></form>",
                        List.of("select#kind[name=kind][aria-describedby=kind-hint]:not(.govuk-select--error)",
                                "option[value=EMOTIONAL][selected]", "option:first-child:not([selected])"),
                        "Not known"),
                new Sample("selectOf", List.of("select", "error-message"),
                        "<div th:replace=\"~{components :: selectOf('agency', 'Agency', null, ${kindChoices}, 'PHYSICAL', 'Choose an agency')}\"></div>",
                        List.of("select#agency.govuk-select--error[aria-describedby=agency-error] option[value=PHYSICAL][selected]"),
                        "Choose an agency"),
                new Sample("radios", List.of("radios", "fieldset", "error-message"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: radios('kind', 'Kind', null, ${kindOptions}, true)}\"></div></form>",
                        List.of(".govuk-radios--inline input#kind[type=radio][name=kind][value=PHYSICAL]:not([checked])",
                                "input#kind-2[value=EMOTIONAL][checked] + label[for=kind-2]", "fieldset:not([aria-describedby])",
                                ".govuk-radios__divider + .govuk-radios__item input#kind-3[value=NONE]"),
                        "Emotional"),
                new Sample("radiosOf", List.of("radios", "fieldset", "error-message"),
                        "<div th:replace=\"~{components :: radiosOf('rag', 'Rating', 'As of today', ${hinted}, null, 'Choose a rating', false)}\"></div>",
                        List.of(".govuk-form-group--error fieldset[aria-describedby=rag-hint rag-error]",
                                ".govuk-radios:not(.govuk-radios--inline) input#rag[aria-describedby=rag-item-hint] ~ .govuk-radios__hint#rag-item-hint"),
                        "On track"),
                new Sample("labelHintError", List.of("input", "error-message"),
                        "<div class=\"govuk-form-group\"><th:block th:replace=\"~{components :: labelHintError('name', 'Name', 'govuk-label--s', 'Your full name', 'Enter a name')}\"></th:block></div>"
                                + "<div class=\"govuk-form-group\" id=\"bare\"><th:block th:replace=\"~{components :: labelHintError('code', 'Code', 'page-heading', null, null)}\"></th:block></div>",
                        List.of("label.govuk-label.govuk-label--s[for=name] + div.govuk-hint#name-hint + p#name-error.govuk-error-message",
                                "#bare > h1.govuk-label-wrapper > label.govuk-label--l[for=code]",
                                "#bare:not(:has(.govuk-hint)):not(:has(.govuk-error-message))"),
                        "Enter a name"),
                new Sample("legendHintError", List.of("fieldset", "error-message"),
                        "<fieldset class=\"govuk-fieldset\"><th:block th:replace=\"~{components :: legendHintError('rag', 'Rating', 'As of today', 'Choose a rating')}\"></th:block></fieldset>"
                                + "<fieldset class=\"govuk-fieldset\" id=\"bare\"><th:block th:replace=\"~{components :: legendHintError('kind', 'Kind', null, null)}\"></th:block></fieldset>",
                        List.of("legend.govuk-fieldset__legend--s + div.govuk-hint#rag-hint + p#rag-error.govuk-error-message",
                                "#bare > legend.govuk-fieldset__legend--s:contains(Kind)", "#bare:not(:has(.govuk-hint))"),
                        "Choose a rating"),
                new Sample("errorMessage", List.of("error-message"),
                        "<p th:replace=\"~{components :: errorMessage('file', 'Choose a file')}\"></p>"
                                + "<p th:replace=\"~{components :: errorMessage('other', null)}\"></p>",
                        List.of("p#file-error.govuk-error-message"), "Choose a file"),
                new Sample("fieldsetWith", List.of("fieldset", "input"),
                        "<form th:object=\"${form}\"><div th:replace=\"~{components :: fieldsetWith('Provider', 'Who runs it', ~{::provider})}\">"
                                + "<th:block th:ref=\"provider\"><div th:replace=\"~{components :: textInput('email', 'Email', null, null)}\"></div></th:block>"
                                + "</div></form>",
                        List.of(".govuk-form-group > fieldset.govuk-fieldset > legend.govuk-fieldset__legend--m + .govuk-hint",
                                "fieldset input#email"),
                        "Who runs it"),
                new Sample("backLink", List.of("back-link"),
                        "<a th:replace=\"~{components :: backLink(@{/referrals}, 'Back to referrals')}\"></a>",
                        List.of("a.govuk-back-link[href=/referrals]"), "Back to referrals"),
                new Sample("buttonGroup", List.of("button", "cookie-banner"),
                        "<div th:replace=\"~{components :: buttonGroup('Save', @{/directory}, 'Cancel')}\"></div>"
                                + "<div th:replace=\"~{components :: buttonGroup('Search', null, null)}\"></div>",
                        List.of(".govuk-button-group > button.govuk-button[type=submit] + a.govuk-link[href=/directory]",
                                ".govuk-button-group:not(:has(a))"), "Cancel"),
                new Sample("buttonGroupWith", List.of("button", "cookie-banner"),
                        "<div th:replace=\"~{components :: buttonGroupWith(~{::buttons})}\"><th:block th:ref=\"buttons\">"
                                + "<button class=\"govuk-button govuk-button--warning\">Unpublish</button></th:block></div>",
                        List.of(".govuk-button-group > button.govuk-button--warning"), "Unpublish"),
                new Sample("insetText", List.of("inset-text"),
                        "<div th:replace=\"~{components :: insetText('rule', 'Review every year.')}\"></div>",
                        List.of("div#rule.govuk-inset-text"), "Review every year."),
                new Sample("insetTextWith", List.of("inset-text"),
                        "<div th:replace=\"~{components :: insetTextWith(null, ~{::inset})}\"><th:block th:ref=\"inset\">"
                                + "<strong>Professional judgement:</strong> ask</th:block></div>",
                        List.of("div.govuk-inset-text:not([id]) > strong"), "Professional judgement: ask"),
                new Sample("warningText", List.of("warning-text"),
                        "<div th:replace=\"~{components :: warningText('overdue', 'Two actions are overdue.')}\"></div>",
                        List.of("#overdue.govuk-warning-text .govuk-warning-text__icon[aria-hidden=true]",
                                ".govuk-warning-text__text .govuk-visually-hidden"), "Warning Two actions are overdue."),
                new Sample("warningTextWith", List.of("warning-text"),
                        "<div th:replace=\"~{components :: warningTextWith(null, ~{::warning})}\"><th:block th:ref=\"warning\">"
                                + "Call <a class=\"govuk-link\" href=\"/help\">the helpline</a></th:block></div>",
                        List.of(".govuk-warning-text__text a[href=/help]"), "Warning Call the helpline"),
                new Sample("details", List.of("details"),
                        "<details th:replace=\"~{components :: details('Notes', true, ~{::notes})}\"><th:block th:ref=\"notes\">"
                                + "<p class=\"govuk-body\">Inside</p></th:block></details>",
                        List.of("details.govuk-details[open] .govuk-details__text p"), "Inside"),
                new Sample("serviceNavigation", List.of("service-navigation"),
                        "<section th:replace=\"~{components :: serviceNavigation(${links}, 'Menu', 'navigation', null)}\"></section>"
                                + "<section th:replace=\"~{components :: serviceNavigation(${links}, 'People menu', "
                                + "'section-navigation', 'hearth-section-navigation')}\"></section>",
                        List.of("section.govuk-service-navigation[aria-label=Menu] ul#navigation",
                                ".govuk-service-navigation__item--active a[aria-current=true][href=/triage]",
                                "section.hearth-section-navigation[aria-label=People menu] button[aria-controls=section-navigation]"),
                        "Triage"),
                new Sample("dateBoxes", List.of("date-input", "fieldset"),
                        "<div th:replace=\"~{components :: dateBoxes('from', 'From', 'For example, 1 4 2026', ${parts}, "
                                + "'The start of the period must be a real date')}\"></div>"
                                + "<div th:replace=\"~{components :: dateBoxes('to', 'To', 'For example, 31 3 2027', null, null)}\"></div>",
                        List.of(".govuk-form-group--error input.govuk-input--error.govuk-input--width-2[name=from.day][value=31]",
                                "input.govuk-input--width-4[name=from.year][value=2026]", "fieldset[aria-describedby=from-hint from-error]",
                                "input[name=to.month]:not(.govuk-input--error)", "label[for=to.year]"),
                        "The start of the period must be a real date"),
                new Sample("inputAs", List.of("input", "error-message"),
                        "<div th:replace=\"~{components :: inputAs('reason-7', 'reason', 'Reason', 'govuk-visually-hidden', 'Why', null, 'Too long', 'numeric', 'govuk-input--width-4', null, 'govuk-!-margin-bottom-0')}\"></div>"
                                + "<div th:replace=\"~{components :: inputAs('code', 'code', 'Enter your code', 'page-heading', null, null, null, 'text', null, 'one-time-code', null)}\"></div>",
                        List.of(".govuk-form-group.govuk-\\!-margin-bottom-0.govuk-form-group--error input#reason-7[name=reason][inputmode=numeric][aria-describedby=reason-7-hint reason-7-error]",
                                "label.govuk-visually-hidden[for=reason-7]", "p#reason-7-error",
                                "h1.govuk-label-wrapper > label.govuk-label--l[for=code]", "input#code[spellcheck=false][autocomplete=one-time-code]"),
                        "Enter your code"),
                new Sample("headerSearchInput", List.of("input"),
                        "<form><th:block th:replace=\"~{components :: headerSearchInput('header-search', 'q', 'Search')}\"></th:block></form>",
                        List.of("label.govuk-visually-hidden[for=header-search] + input#header-search[name=q][type=search]"), "Search"),
                new Sample("textareaAs", List.of("textarea", "error-message"),
                        "<div th:replace=\"~{components :: textareaAs('unmerge-reason', 'reason', 'Why?', 'govuk-label--s', null, null, 'Enter why', 2)}\"></div>",
                        List.of("textarea#unmerge-reason[name=reason][aria-describedby=unmerge-reason-error].govuk-textarea--error",
                                "label.govuk-label--s[for=unmerge-reason]"), "Enter why"),
                new Sample("radiosWith", List.of("radios", "fieldset", "error-message", "inset-text"),
                        "<div th:replace=\"~{components :: radiosWith('survivor', 'survivor', 'Which one?', true, ~{::guide}, 'guide', ${suffixed}, 'B', 'Choose one', false)}\">"
                                + "<div th:ref=\"guide\" id=\"guide\" class=\"govuk-inset-text\">Read this</div></div>"
                                + "<div th:replace=\"~{components :: radiosWith('rag', null, 'Rating', false, null, null, ${hinted}, null, null, true)}\"></div>",
                        List.of("fieldset#survivor[aria-describedby=guide survivor-error] legend.govuk-fieldset__legend--m h2.govuk-fieldset__heading",
                                "#survivor .govuk-inset-text#guide + p#survivor-error", "input#survivor-left[value=A]:not([checked])",
                                "input#survivor-right[value=B][checked] + label[for=survivor-right]",
                                "fieldset:not([id]):not([aria-describedby]) legend.govuk-fieldset__legend--s + .govuk-radios--inline input#rag"),
                        "Read this"),
                new Sample("radiosIn", List.of("radios", "error-message"),
                        "<div th:replace=\"~{components :: radiosIn('answer-1', ${suffixed}, 'A', 'Answer question 1', true)}\"></div>",
                        List.of(".govuk-form-group--error > p#answer-1-error + .govuk-radios--inline input#answer-1-left[checked]"),
                        "Answer question 1"),
                new Sample("radioItems", List.of("radios"),
                        "<div th:replace=\"~{components :: radioItems('kind', ${kindOptions}, 'PHYSICAL', false)}\"></div>",
                        List.of(".govuk-radios input#kind[checked]", "input#kind-2[value=EMOTIONAL]"), "Emotional"),
                new Sample("fieldsetAs", List.of("fieldset", "textarea"),
                        "<fieldset th:replace=\"~{components :: fieldsetAs('question-1', '1. Directory', 'guidance-1', ~{::fields})}\">"
                                + "<th:block th:ref=\"fields\"><div id=\"guidance-1\">Guidance</div>"
                                + "<div th:replace=\"~{components :: textareaOf('evidence-1', 'Evidence', null, null, null, 3)}\"></div></th:block></fieldset>",
                        List.of("fieldset#question-1[aria-describedby=guidance-1] > legend.govuk-fieldset__legend--m > h2.govuk-fieldset__heading",
                                "fieldset#question-1 textarea#evidence-1"), "1. Directory"),
                new Sample("checkboxOf", List.of("checkboxes", "error-message"),
                        "<div th:replace=\"~{components :: checkboxOf('force', 'Merge anyway', null, false, 'Tick to merge')}\"></div>"
                                + "<div th:replace=\"~{components :: checkboxOf('confidential', 'Confidential', 'Only to agencies involved', true, null)}\"></div>",
                        List.of(".govuk-form-group--error p#force-error + .govuk-checkboxes input#force[value=true][aria-describedby=force-error]:not([checked]) + label[for=force]",
                                "input#confidential[checked][aria-describedby=confidential-hint] + label + .govuk-checkboxes__hint#confidential-hint",
                                ".govuk-form-group:not(:has(input[type=hidden]))"),
                        "Merge anyway"),
                new Sample("checkboxGroupsOf", List.of("checkboxes", "fieldset", "error-message"),
                        "<div th:replace=\"~{components :: checkboxGroupsOf('objectives', 'Objectives', 'Select all that apply', ${groups}, ${chosen}, 'Choose an objective')}\"></div>",
                        List.of(".govuk-form-group--error fieldset#objectives[aria-describedby=objectives-hint objectives-error]",
                                "input[type=hidden][name=_objectives]", "h2 + .govuk-checkboxes input#objectives-PHYSICAL[checked] + label[for=objectives-PHYSICAL]",
                                "input#objectives-EMOTIONAL:not([checked])"),
                        "Choose an objective"),
                new Sample("notificationBannerWith", List.of("notification-banner"),
                        "<div th:replace=\"~{components :: notificationBannerWith('safe-contact', 'Safe contact', 'Not agreed', 'hearth-safe-contact', ~{::rules})}\">"
                                + "<ul th:ref=\"rules\" class=\"govuk-list\"><li>Call: safe</li></ul></div>"
                                + "<div th:replace=\"~{components :: notificationBannerWith('other', 'Other', null, null, ~{::rules})}\"></div>",
                        List.of("#safe-contact.govuk-notification-banner.hearth-safe-contact[role=region][aria-labelledby=safe-contact-title] h2#safe-contact-title",
                                "#safe-contact .govuk-notification-banner__content > p.govuk-notification-banner__heading + ul",
                                "#other .govuk-notification-banner__content:not(:has(p))"),
                        "Call: safe"),
                new Sample("backLinkAs", List.of("back-link"),
                        "<a th:replace=\"~{components :: backLinkAs('back', @{/triage}, 'Back to triage')}\"></a>",
                        List.of("a#back.govuk-back-link[href=/triage]"), "Back to triage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void fragmentUsesOnlyGovukFrontendClasses(Sample sample) {
        String html = render(sample.template());
        Document rendered = Jsoup.parseBodyFragment(html);

        for (String selector : sample.expected()) {
            assertThat(rendered.select(selector)).as("%s in %s rendered with sample data:%n%s", selector,
                    sample.fragment(), html).isNotEmpty();
        }
        assertThat(rendered.text()).as(sample.fragment()).contains(sample.text());
        assertThat(unknownClasses(html, sample.components()))
                .as("govuk-* classes of fragment %s not found in the GOV.UK Frontend fixtures of %s (nor a utility "
                        + "class in any fixture):%n%s", sample.fragment(), sample.components(), html)
                .isEmpty();
    }

    @Test
    void everyFragmentHasASample() throws IOException {
        Document components = Jsoup.parse(resource("templates/components.html"), "UTF-8", "");
        Set<String> fragments = components.select("[th:fragment]").stream()
                .map(e -> e.attr("th:fragment").replaceAll("\\(.*", "").trim())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = samples().map(Sample::fragment).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sampled).as("fragments in components.html with a sample in this test").isEqualTo(fragments);
    }

    /** The check itself catches a typo, in a component class and in a utility class. */
    @Test
    void aMisspeltClassIsCaught() {
        String html = render("<strong th:replace=\"~{components :: tag('High risk', 'red')}\"></strong>"
                + "<dl th:replace=\"~{components :: summaryList(${rows})}\"></dl>");
        assertThat(unknownClasses(html, List.of("tag", "summary-list"))).isEmpty();

        assertThat(unknownClasses(html.replace("govuk-tag--red", "govuk-tag--rde"), List.of("tag", "summary-list")))
                .containsExactly("govuk-tag--rde");
        assertThat(unknownClasses(html.replace("govuk-visually-hidden", "govuk-visualy-hidden"),
                List.of("tag", "summary-list"))).containsExactly("govuk-visualy-hidden");
        assertThat(unknownClasses(html, List.of("tag"))).as("summary list classes are not tag classes")
                .contains("govuk-summary-list", "govuk-summary-list__row");
    }

    /** The components that have fixtures, listed from the GOV.UK Frontend webjar. */
    static List<String> fixtureComponents() throws IOException {
        URL known = ComponentMarkupTest.class.getClassLoader().getResource(COMPONENTS + "tag/fixtures.json");
        assertThat(known).as("GOV.UK Frontend %s on the classpath (is that still the version?)", GOVUK_FRONTEND)
                .isNotNull();
        Pattern fixtures = Pattern.compile(Pattern.quote(COMPONENTS) + "([^/]+)/fixtures\\.json");
        try (JarFile jar = ((JarURLConnection) known.openConnection()).getJarFile()) {
            return jar.stream().map(entry -> fixtures.matcher(entry.getName())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        }
    }

    static InputStream resource(String name) {
        InputStream in = ComponentMarkupTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    static List<String> unknownClasses(String html, List<String> components) {
        Set<String> allowed = new LinkedHashSet<>(utilityClasses);
        for (String component : components) {
            assertThat(fixtureClasses).as("GOV.UK Frontend component").containsKey(component);
            allowed.addAll(fixtureClasses.get(component));
        }
        return classesIn(html).stream().filter(c -> c.startsWith("govuk-")).filter(c -> !allowed.contains(c))
                .toList();
    }

    static Set<String> classesIn(String html) {
        Set<String> classes = new TreeSet<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[class]")) {
            classes.addAll(e.classNames());
        }
        return classes;
    }

    /** Renders as a Spring MVC view would: a request context for #fields and links, a form with errors. */
    static String render(String template) {
        MockServletContext servletContext = new MockServletContext();
        GenericWebApplicationContext application = new GenericWebApplicationContext(servletContext);
        application.refresh();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/sample");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, application);
        MockHttpServletResponse response = new MockHttpServletResponse();

        Map<String, Object> model = new HashMap<>(sampleData());
        RequestContext requestContext = new RequestContext(request, response, servletContext, model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response),
                Locale.UK, model);
        try {
            return engine.process(template, context);
        } finally {
            application.close();
        }
    }

    /** A form as a controller would bind it. */
    public static class SampleForm {
        private final String name = "";
        private final DateParts born = new DateParts("31", "2", "1990");
        private final DateParts reported = new DateParts("1", "2", "2026");
        private final boolean urgent = true;
        private final List<Kind> kinds = List.of(Kind.EMOTIONAL);
        private final Kind kind = Kind.EMOTIONAL;
        private final String notes = "";
        private final String email = "sam@example.org";

        public Kind getKind() {
            return kind;
        }

        public String getNotes() {
            return notes;
        }

        public String getEmail() {
            return email;
        }

        public boolean isUrgent() {
            return urgent;
        }

        public List<Kind> getKinds() {
            return kinds;
        }

        public String getName() {
            return name;
        }

        public DateParts getBorn() {
            return born;
        }

        public DateParts getReported() {
            return reported;
        }
    }

    /** Options as the forms' enums give them: a name and a label. */
    public enum Kind {
        PHYSICAL("Physical"), EMOTIONAL("Emotional");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static Map<String, Object> sampleData() {
        SampleForm form = new SampleForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        errors.rejectValue("name", "required", "Enter a name");
        errors.rejectValue("born", "invalid", "Date of birth must be a real date");
        errors.rejectValue("kinds", "required", "Choose a kind");
        errors.rejectValue("notes", "long", "Keep notes short");
        errors.reject("dates", "The referral cannot be reported before the person was born");
        Map<String, Object> data = new HashMap<>();
        data.put("form", form);
        List<Option> kindOptions = new java.util.ArrayList<>(Option.of(Kind::label, Kind.values()));
        kindOptions.add(Option.exclusive("NONE", "None"));
        data.put("kindOptions", kindOptions);
        List<Option> kindChoices = new java.util.ArrayList<>(List.of(new Option("", "Not known")));
        kindChoices.addAll(Option.of(Kind::label, Kind.values()));
        data.put("kindChoices", kindChoices);
        data.put("chosen", List.of("PHYSICAL"));
        Map<String, String> pageErrors = new java.util.LinkedHashMap<>();
        pageErrors.put("assessedOn", "Enter the date of the assessment");
        pageErrors.put("answer-3", "Answer question 3");
        data.put("pageErrors", pageErrors);
        data.put("noErrors", Map.of());
        data.put("hinted", List.of(Option.hinted("GREEN", "Green", "On track"), new Option("RED", "Red")));
        data.put("parts", new DateParts("31", "2", "2026"));
        data.put("suffixed", List.of(new Option("A", "Keep A").withIdSuffix("left"), new Option("B", "Keep B").withIdSuffix("right")));
        data.put("groups", List.of(new org.hearth.platform.web.OptionGroup("Prevention", Option.of(Kind::label, Kind.values()))));
        data.put("links", List.of(new UiShell.NavLink("Home", "/", false), new UiShell.NavLink("Triage", "/triage", true)));
        data.put(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        data.put("sampleForm", form); // a record page's refused form, for failedFormSummary
        data.put(BindingResult.MODEL_KEY_PREFIX + "sampleForm", errors);
        data.put("rows", List.of(new SummaryRow("Name", "Sam Smith", "/people/1/name", "Change"),
                        new SummaryRow("Agency", "Testshire Refuge")));
        data.put("heads", List.of("Reference", "Risk", "Next review"));
        data.put("cells", List.of(List.of("HRT-0042", "High", "3 March 2026"), List.of("HRT-0043", "Medium", "")));
        data.put("colours", Arrays.asList(null, "grey", "green", "red", "light-blue"));
        data.put("pager", new Pager(5, 200, 10, "/cases?page={page}"));
        data.put("tasks", List.of(
                        new Task("Personal details", null, "/cases/1/details", "Completed", true),
                        new Task("Risk assessment", "DASH risk checklist", "/cases/1/dash", "Incomplete", false),
                        new Task("MARAC referral", null, null, "Cannot start yet", false)));
        return data;
    }
}
