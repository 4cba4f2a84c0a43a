package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages build forms and GOV.UK components from the fragments in {@code templates/components.html} (checked by
 * {@link ComponentMarkupTest}), never by hand: a copy drifts (a missing {@code aria-describedby}, radio ids in
 * another convention). Any template but components.html that writes one of these components' classes fails here,
 * with its file and line.
 */
class NoInlineComponentMarkupTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** The component classes only components.html may write, with their elements and error modifiers. */
    static final Pattern COMPONENT_CLASS = Pattern.compile("\\bgovuk-(form-group|fieldset|label|hint|error-message"
            + "|error-summary|input|textarea|select|radios|checkboxes|date-input|file-upload|password-input"
            + "|character-count|button-group|back-link|inset-text|warning-text|details|notification-banner)"
            + "(__[a-z-]+|--error)?(?![\\w-])");

    /** Templates that still write components by hand, to be converted; the list may only shrink. */
    static final Set<String> NOT_YET_CONVERTED = Set.of(
            "access/account.html",
            "access/admin/role-grants.html",
            "access/admin/user-form.html",
            "access/admin/user.html",
            "access/api-client-created.html",
            "access/api-client-new.html",
            "access/code.html",
            "access/enrol.html",
            "access/login.html",
            "audit/trail.html",
            "error/4xx.html",
            "insights/dashboard.html",
            "insights/fragments.html",
            "insights/report-new.html",
            "insights/report.html",
            "insights/reports.html",
            "layout.html",
            "partnership/agency-form.html",
            "partnership/attendance.html",
            "partnership/group-form.html",
            "partnership/group.html",
            "partnership/meeting-form.html",
            "partnership/meeting.html",
            "partnership/member-form.html",
            "partnership/place-form.html",
            "people/allocation-requests.html",
            "people/compare.html",
            "people/duplicates.html",
            "people/fragments.html",
            "people/merge.html",
            "people/merging.html",
            "people/new.html",
            "people/person.html",
            "people/restricted.html",
            "platform/search.html",
            "referrals/check.html",
            "referrals/form.html",
            "referrals/import-job.html",
            "referrals/import.html",
            "referrals/list.html",
            "referrals/referral.html",
            "referrals/triage.html",
            "risk/check.html",
            "risk/fragments.html",
            "risk/history.html",
            "risk/questions.html",
            "services/cover-your-tracks.html",
            "services/directory.html",
            "services/fragments.html",
            "services/service-form.html",
            "services/service.html",
            "services/unpublish.html",
            "strategy/action-form.html",
            "strategy/action.html",
            "strategy/actions-table.html",
            "strategy/adopt.html",
            "strategy/answers.html",
            "strategy/area-form.html",
            "strategy/bits.html",
            "strategy/checklist-form.html",
            "strategy/checklist-run.html",
            "strategy/checklist-runs.html",
            "strategy/history.html",
            "strategy/objective-form.html",
            "strategy/objective.html",
            "strategy/overdue.html",
            "strategy/plan-form.html",
            "strategy/plan.html",
            "strategy/plans.html",
            "strategy/start.html",
            "strategy/summary.html",
            "strategy/theme-form.html",
            "workforce/training-form.html");

    @Test
    void noTemplateButComponentsWritesComponentMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (name.equals("components.html") || NOT_YET_CONVERTED.contains(name)) {
                    continue;
                }
                found.addAll(offences(name, Files.readAllLines(file)));
            }
        }
        assertThat(found).as("GOV.UK component markup outside components.html: use its fragments").isEmpty();
    }

    @Test
    void theGuardCatchesAHandWrittenFormGroup() {
        assertThat(offences("people/x.html", List.of("<p>", "  <div class=\"govuk-form-group govuk-form-group--error\">",
                "<a class=\"govuk-back-link\" href=\"/\">Back</a>", "<span class=\"govuk-radios__label\">x</span>")))
                .containsExactly("people/x.html:2: govuk-form-group", "people/x.html:2: govuk-form-group--error",
                        "people/x.html:3: govuk-back-link", "people/x.html:4: govuk-radios__label");
        assertThat(offences("people/y.html", List.of("<div th:replace=\"~{components :: textInput('age', 'Age', null, "
                + "'govuk-input--width-2')}\"></div>", "<p class=\"govuk-body govuk-hint-like\">"))).isEmpty();
    }

    static List<String> offences(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMPONENT_CLASS.matcher(lines.get(i));
            while (m.find()) {
                found.add(name + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }
}
