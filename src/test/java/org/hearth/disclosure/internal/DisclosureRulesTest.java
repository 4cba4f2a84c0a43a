package org.hearth.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.Named;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Who works the disclosure scheme and what each step accepts, without the database. */
class DisclosureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final AgencyId POLICE = new AgencyId(UUID.randomUUID());

    private static Application.Party party(String name) {
        return new Application.Party(new PersonId(UUID.randomUUID()), name, null);
    }

    private static Application application(Route route, Boolean disclose) {
        Decision decision = disclose == null ? null : new Decision(TODAY, "Forum", disclose, "L", "N", "P");
        return new Application(new ApplicationId(UUID.randomUUID()), "DVDS-2026-0001", route, TODAY.minusDays(10),
                route == Route.RIGHT_TO_ASK ? party("Applicant") : null, null, party("At risk"), party("Subject"), false,
                null, List.of(), List.of(), decision, null, null, null, null, null, null, "Team", null, null);
    }

    @Test
    void onlyTheDisclosureTeamSeesApplicationsCaseworkAnswersChecksAndAnalystsSeeFigures() {
        TestActor team = TestActor.staff(POLICE, Role.DISCLOSURE_TEAM);
        assertThat(DisclosureRules.team(team)).isSameAs(team);
        assertThatThrownBy(() -> DisclosureRules.team(TestActor.staff(POLICE, Role.PRACTITIONER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DisclosureRules.team(TestActor.apiClient(POLICE)))
                .isInstanceOf(AccessDeniedException.class);
        DisclosureRules.caseworker(TestActor.staff(POLICE, Role.PRACTITIONER));
        assertThatThrownBy(() -> DisclosureRules.caseworker(team)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DisclosureRules.caseworker(TestActor.apiClient(POLICE)))
                .isInstanceOf(AccessDeniedException.class);
        DisclosureRules.figuresReader(TestActor.staff(POLICE, Role.ANALYST));
        DisclosureRules.figuresReader(team);
        assertThatThrownBy(() -> DisclosureRules.figuresReader(TestActor.staff(POLICE, Role.PRACTITIONER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DisclosureRules.requireOpen(true)).isInstanceOf(InvalidInputException.class);
        DisclosureRules.requireOpen(false);
    }

    private static AccessGrant grant(AccessGround ground, GrantBasis basis) {
        return new AccessGrant(UUID.randomUUID(), new PersonId(UUID.randomUUID()), ground, AccessScope.RECORD,
                GrantHolder.agency(POLICE), "Police", Instant.now(), null, null, basis);
    }

    @Test
    void aRefugeProvidersGrantTheTeamsOwnAndASubjectAccessRequestAreNoRecordHeld() {
        assertThat(DisclosureRules.holdsARecord(grant(AccessGround.ALLOCATED, null))).isTrue();
        assertThat(DisclosureRules.holdsARecord(grant(AccessGround.ALLOCATED,
                GrantBasis.of("sanctuary-referral", UUID.randomUUID())))).isTrue();
        assertThat(DisclosureRules.holdsARecord(grant(AccessGround.ALLOCATED,
                GrantBasis.of(GrantBasis.WHEREABOUTS, UUID.randomUUID())))).as("a refuge provider's grant").isFalse();
        assertThat(DisclosureRules.holdsARecord(grant(AccessGround.DISCLOSURE, null))).isFalse();
        assertThat(DisclosureRules.holdsARecord(grant(AccessGround.SUBJECT_ACCESS, null))).isFalse();
    }

    @Test
    void anApplicationNamesThePeopleOnItAndWhatWasDoneAboutAnImmediateRisk() {
        NewApplication own = new NewApplication(Route.RIGHT_TO_ASK, TODAY, true, null, null,
                Named.described("Ann", "Test", null), Named.described("Bob", "Test", null), false, null);
        assertThat(DisclosureRules.application(own, TODAY)).isEmpty();
        assertThat(DisclosureRules.thirdParty(own)).isFalse();
        NewApplication third = new NewApplication(Route.RIGHT_TO_ASK, TODAY.minusYears(3), false, null,
                "x".repeat(201), Named.described("Ann", "Test", null), null, true, " ");
        assertThat(DisclosureRules.thirdParty(third)).isTrue();
        assertThat(DisclosureRules.application(third, TODAY)).containsOnlyKeys("receivedOn", "applicant",
                "applicantRelationship", "subject", "immediateRiskAction");
        NewApplication none = new NewApplication(null, null, false, null, null, null,
                Named.described("Bob", "Test", TODAY.plusDays(1)), false, null);
        assertThat(DisclosureRules.application(none, TODAY)).containsOnlyKeys("route", "receivedOn", "personAtRisk",
                "subject");
    }

    @Test
    void aStageHasItsDateAfterTheApplicationAndProofOfIdentityAtTheMeeting() {
        LocalDate received = TODAY.minusDays(10);
        assertThat(DisclosureRules.stage(Stage.RISK_ASSESSMENT, TODAY, null, RiskLevel.HIGH, received, TODAY))
                .isEmpty();
        assertThat(DisclosureRules.stage(Stage.FACE_TO_FACE, received.minusDays(1), " ", RiskLevel.HIGH, received,
                TODAY)).containsOnlyKeys("reachedOn", "riskLevel", "note");
        assertThat(DisclosureRules.stage(null, TODAY.plusDays(1), "x".repeat(4001), null, received, TODAY))
                .containsOnlyKeys("stage", "reachedOn", "note");
    }

    @Test
    void aCheckIsAnsweredOnceAndAHeldRecordIsSummarised() {
        assertThat(DisclosureRules.answer(false, false, null)).isEmpty();
        assertThat(DisclosureRules.answer(false, true, "Two call-outs")).isEmpty();
        assertThat(DisclosureRules.answer(true, true, " ")).containsEntry("holdsInformation",
                "This check has already been answered").containsKey("response");
        assertThat(DisclosureRules.answer(false, null, "x".repeat(4001))).containsOnlyKeys("holdsInformation",
                "response");
    }

    @Test
    void theForumSaysWhyAndTheClosingRecordsTheDisclosureOrTheReasonForNone() {
        LocalDate received = TODAY.minusDays(10);
        Decision good = new Decision(TODAY, "Forum", true, "L", "N", "P", List.of(new Decision.Agency(POLICE, null)));
        assertThat(DisclosureRules.decision(good, received, TODAY, POLICE::equals)).isEmpty();
        Decision bad = new Decision(received.minusDays(1), " ", null, null, "N", "P",
                List.of(new Decision.Agency(new AgencyId(UUID.randomUUID()), null)));
        assertThat(DisclosureRules.decision(bad, received, TODAY, POLICE::equals)).containsOnlyKeys("forumOn",
                "members", "agencies", "disclose", "lawful");

        Application know = application(Route.RIGHT_TO_KNOW, true);
        Outcome toApplicant = new Outcome(TODAY, Outcome.Recipient.APPLICANT, "PC Test", "Plan", null);
        assertThat(DisclosureRules.outcome(know, toApplicant, TODAY)).containsOnlyKeys("recipient");
        Application ask = application(Route.RIGHT_TO_ASK, true);
        assertThat(DisclosureRules.outcome(ask, toApplicant, TODAY)).isEmpty();
        assertThat(DisclosureRules.recipient(ask, toApplicant)).isEqualTo(ask.applicant());
        assertThat(DisclosureRules.recipient(ask, new Outcome(TODAY, Outcome.Recipient.PERSON_AT_RISK, "PC", "P",
                null))).isEqualTo(ask.personAtRisk());
        assertThat(DisclosureRules.outcome(application(Route.RIGHT_TO_ASK, null), new Outcome(TODAY.plusDays(1),
                null, null, null, " "), TODAY)).containsEntry("noDisclosureReason",
                        "Give the reason the application ends without a disclosure").containsKey("closedOn");
        assertThat(DisclosureRules.outcome(application(Route.RIGHT_TO_ASK, false), new Outcome(TODAY, null, null,
                null, " "), TODAY)).containsEntry("noDisclosureReason", "Give the reason for no disclosure");
    }
}
