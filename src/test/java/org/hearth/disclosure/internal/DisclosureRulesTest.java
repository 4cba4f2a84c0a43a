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
import org.hearth.people.Named;
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

    @Test
    void textIsTrimmedAndBlankIsNothing() {
        assertThat(DisclosureRules.trimmed("  Sister ")).isEqualTo("Sister");
        assertThat(DisclosureRules.trimmed(" ")).isNull();
        assertThat(DisclosureRules.trimmed(null)).isNull();
        assertThat(DisclosureRules.thirdParty(new NewApplication(Route.RIGHT_TO_KNOW, TODAY, false, null, null,
                Named.described("Ann", "Test", null), Named.described("Bob", "Test", null), false, null)))
                .as("the police decide to tell her: nobody asked").isFalse();
    }

    private static NewApplication own(Named atRisk, Named subject, boolean immediateRisk, String action) {
        return new NewApplication(Route.RIGHT_TO_ASK, TODAY, true, null, null, atRisk, subject, immediateRisk, action);
    }

    @Test
    void namesOfUpTo100CharactersARealDateOfBirthAndAnActionOfUpTo4000() {
        String hundred = "n".repeat(100);
        Named ann = Named.described("Ann", "Test", LocalDate.of(1980, 2, 3));
        assertThat(DisclosureRules.application(own(Named.described(hundred, hundred, LocalDate.of(1900, 1, 1)),
                Named.described("Bob", "Test", TODAY), false, "a".repeat(DisclosureRules.MAX_TEXT)), TODAY)).isEmpty();
        assertThat(DisclosureRules.application(own(ann, Named.described("Bob", hundred + "n", null), false, null),
                TODAY)).containsExactly(java.util.Map.entry("subject", "Names must be 100 characters or fewer"));
        assertThat(DisclosureRules.application(own(ann, Named.described(hundred + "n", "Test", null), false, null),
                TODAY)).containsOnlyKeys("subject");
        assertThat(DisclosureRules.application(own(ann, Named.described("Bob", "Test", LocalDate.of(1899, 12, 31)),
                false, null), TODAY)).containsExactly(java.util.Map.entry("subject",
                        "The date of birth of the subject (the person the application is about) must be a real date "
                                + "in the past"));
        assertThat(DisclosureRules.application(own(ann, Named.described("Bob", " ", null), false, null), TODAY))
                .containsExactly(java.util.Map.entry("subject", "Enter the given name and family name of the subject "
                        + "(the person the application is about)"));
        assertThat(DisclosureRules.application(own(ann, Named.known(new PersonId(UUID.randomUUID())), false, null),
                TODAY)).as("a person already known").isEmpty();
        assertThat(DisclosureRules.application(own(ann, Named.described("Bob", "Test", null), false,
                "a".repeat(DisclosureRules.MAX_TEXT + 1)), TODAY)).containsExactly(java.util.Map.entry(
                        "immediateRiskAction", "The action must be 4000 characters or fewer"));
        NewApplication sister = new NewApplication(Route.RIGHT_TO_ASK, TODAY.minusYears(2), false,
                Named.described("Cat", "Test", null), "s".repeat(DisclosureRules.MAX_SHORT), ann,
                Named.described("Bob", "Test", null), true, "Called the police");
        assertThat(DisclosureRules.application(sister, TODAY)).as("two years ago to the day").isEmpty();
        assertThat(DisclosureRules.application(new NewApplication(Route.RIGHT_TO_ASK, TODAY.plusDays(1), true, null,
                null, ann, Named.described("Bob", "Test", null), false, null), TODAY))
                .containsExactly(java.util.Map.entry("receivedOn", "The date received must be today or in the past"));
    }

    @Test
    void aStagesNoteOfUpTo4000AndItsDateNeededFromTheApplication() {
        LocalDate received = TODAY.minusDays(10);
        assertThat(DisclosureRules.stage(Stage.FACE_TO_FACE, received, "p".repeat(DisclosureRules.MAX_TEXT), null,
                received, TODAY)).isEmpty();
        assertThat(DisclosureRules.stage(Stage.CHECKS, null, null, null, received, TODAY))
                .containsExactly(java.util.Map.entry("reachedOn", "Enter the date the stage was reached"));
        assertThat(DisclosureRules.stage(Stage.CHECKS, TODAY, null, RiskLevel.HIGH, received, TODAY))
                .containsOnlyKeys("riskLevel");
    }

    @Test
    void anAnswerOfUpTo4000Characters() {
        assertThat(DisclosureRules.answer(false, true, "a".repeat(DisclosureRules.MAX_TEXT))).isEmpty();
        assertThat(DisclosureRules.answer(false, false, "a".repeat(DisclosureRules.MAX_TEXT + 1)))
                .containsExactly(java.util.Map.entry("response", "The answer must be 4000 characters or fewer"));
    }

    @Test
    void theForumsDateAndRationaleSayWhyItWouldNotBeWhenItDecidesNotTo() {
        LocalDate received = TODAY.minusDays(10);
        Decision none = new Decision(null, "Forum", false, " ", "n".repeat(DisclosureRules.MAX_TEXT),
                "p".repeat(DisclosureRules.MAX_TEXT + 1), List.of(new Decision.Agency(null, null)));
        assertThat(DisclosureRules.decision(none, received, TODAY, agency -> true))
                .containsEntry("forumOn", "Enter the date of the decision forum")
                .containsEntry("agencies", "Choose agencies of the partnership")
                .containsEntry("lawful", "Say why disclosure is lawful (or why it would not be)")
                .containsEntry("proportionate", "This must be 4000 characters or fewer")
                .containsOnlyKeys("forumOn", "agencies", "lawful", "proportionate");
        Decision undecided = new Decision(TODAY.plusDays(1), "Forum", null, null, "N", "P", List.of());
        assertThat(DisclosureRules.decision(undecided, received, TODAY, agency -> true))
                .containsEntry("forumOn", "The forum's date must be today or in the past")
                .containsEntry("lawful", "Say why disclosure is lawful").containsOnlyKeys("forumOn", "disclose",
                        "lawful");
    }

    @Test
    void aDisclosureNamesWhoReceivedItWhoDeliveredItAndTheSafetyPlan() {
        Application ask = application(Route.RIGHT_TO_ASK, true);
        assertThat(DisclosureRules.outcome(ask, new Outcome(TODAY, null, " ", null, null), TODAY))
                .containsEntry("recipient", "Choose who received the disclosure")
                .containsEntry("deliveredBy", "Say who delivered the disclosure in person")
                .containsEntry("safetyPlan", "Describe the safety plan given with the disclosure").hasSize(3);
        assertThat(DisclosureRules.outcome(ask, new Outcome(TODAY, Outcome.Recipient.PERSON_AT_RISK,
                "d".repeat(DisclosureRules.MAX_SHORT), "Plan", null), TODAY)).isEmpty();
        assertThat(DisclosureRules.outcome(application(Route.RIGHT_TO_KNOW, true), new Outcome(TODAY,
                Outcome.Recipient.PERSON_AT_RISK, "d".repeat(DisclosureRules.MAX_SHORT + 1), "Plan", null), TODAY))
                .containsExactly(java.util.Map.entry("deliveredBy", "Who delivered it must be 200 characters or fewer"));
        assertThat(DisclosureRules.outcome(ask, new Outcome(ask.receivedOn().minusDays(1),
                Outcome.Recipient.PERSON_AT_RISK, "PC Test", "Plan", null), TODAY)).containsExactly(java.util.Map.entry(
                        "closedOn", "The date cannot be before the application was received"));
    }

    @Test
    void eachOfTheThreeReasonsIsNeededAndEachRoleCheckAnswersTheActorItLetThrough() {
        Decision noNecessity = new Decision(TODAY, "Forum", true, "L", " ", "P");
        assertThat(DisclosureRules.decision(noNecessity, TODAY.minusDays(10), TODAY, agency -> true))
                .containsExactly(java.util.Map.entry("necessary", "Say why disclosure is necessary"));
        TestActor practitioner = TestActor.staff(POLICE, Role.PRACTITIONER);
        assertThat(DisclosureRules.caseworker(practitioner)).isSameAs(practitioner);
        TestActor coordinator = TestActor.staff(POLICE, Role.PARTNERSHIP_COORDINATOR);
        assertThat(DisclosureRules.figuresReader(coordinator)).isSameAs(coordinator);
    }
}
