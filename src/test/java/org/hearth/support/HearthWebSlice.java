package org.hearth.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hearth.access.ApiClients;
import org.hearth.access.internal.SliceSecurity;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.MaracActions;
import org.hearth.marac.MaracMeetings;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonMatcher;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.internal.Intake;
import org.hearth.risk.Questionnaires;
import org.hearth.risk.RiskAssessments;
import org.hearth.strategy.StrategyPlans;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The one web-slice setup: the page controllers below with Hearth's real security policy, Thymeleaf and the
 * templates' {@code @shell} and {@code @dates} beans, and platform's advice (form text rules, error titles, input
 * problems), on MockMvc, with every module API they call mocked ({@link MockitoBean}: reset after each test) and no
 * database. Every slice class carries exactly this annotation and nothing that changes the context (no
 * {@code @MockitoBean} fields, no {@code @Import}), so Spring starts one slice context for all of them.
 *
 * <p>Adding a controller: add its class (and its web-package helpers) to {@code includeFilters}, and the module
 * APIs it calls to {@code @MockitoBean} here ({@code StaffUsers} is the mock {@link SliceSecurity} makes for the web
 * chain). Fetch a mock with {@code @Autowired}; sign the caller in with {@code with(user(WebSlices.staff(Role...)))}
 * and send {@code with(csrf())} on a POST.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(useDefaultFilters = false, includeFilters = @Filter(type = FilterType.REGEX, pattern = {
        "org\\.hearth\\.platform\\.(UiShell|Dates)",
        "org\\.hearth\\.platform\\.web\\.(ErrorTitles|ApiProblems|SeeOtherAfterPost)",
        "org\\.hearth\\.platform\\.input\\.(InputProblems|FormTextRules)",
        "org\\.hearth\\.referrals\\.web\\.ReferralController",
        "org\\.hearth\\.risk\\.web\\.(RiskPages|PersonRiskAccess)", "org\\.hearth\\.people\\.PersonGuard",
        "org\\.hearth\\.strategy\\.web\\.ObjectivesController",
        "org\\.hearth\\.access\\.web\\.UsersController",
        "org\\.hearth\\.marac\\.web\\.(ActionPages|MeetingViews)",
        "org\\.hearth\\.people\\.web\\.GlassBreakController"}))
@Import({SliceSecurity.class, WebSlices.Beans.class})
@MockitoBean(types = {ApiClients.class, AuditTrail.class, Partnerships.class, People.class,
        PersonAccess.class, PersonMatcher.class, Referrals.class, Intake.class, RiskAssessments.class,
        Questionnaires.class, StrategyPlans.class, MaracActions.class, MaracMeetings.class})
public @interface HearthWebSlice {
}
