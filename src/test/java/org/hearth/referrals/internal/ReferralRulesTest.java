package org.hearth.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.people.RelationshipKind;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.AbuseType;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Consent;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.VictimRelationship;
import org.junit.jupiter.api.Test;

/** What a referral implies (relationships, the people it names) and what triage must satisfy; no database. */
class ReferralRulesTest {

    private final PersonId victim = PersonId.random();
    private final PersonId him = PersonId.random();
    private final PersonId child = PersonId.random();

    private NewReferral referral(VictimRelationship relationship) {
        return new NewReferral(ReferralSource.WEB, new AgencyId(java.util.UUID.randomUUID()), " PC Wells ",
                LocalDate.of(2026, 12, 1), null, null, " ", victim, List.of(him, him),
                List.of(new ChildAtIncident(child, true), new ChildAtIncident(child, false)), relationship,
                Set.of(AbuseType.PHYSICAL), Consent.GIVEN, null, null, "Narrative", null);
    }

    @Test
    void thePartnerAndTheChildrenAreRelatedToTheVictimAsTheReferralSays() {
        assertThat(ReferralRules.relationships(referral(VictimRelationship.EX_PARTNER)))
                .contains(Map.entry(him, RelationshipKind.EX_PARTNER), Map.entry(child, RelationshipKind.PARENT_OF))
                .doesNotContain(Map.entry(him, RelationshipKind.INTIMATE_PARTNER));
        assertThat(ReferralRules.relationships(referral(VictimRelationship.INTIMATE_PARTNER)))
                .contains(Map.entry(him, RelationshipKind.INTIMATE_PARTNER));
        assertThat(ReferralRules.relationships(referral(VictimRelationship.FAMILY_MEMBER)))
                .contains(Map.entry(him, RelationshipKind.FAMILY_MEMBER));
        assertThat(ReferralRules.relationships(referral(null))).allMatch(e -> e.getKey().equals(child));
    }

    @Test
    void everyoneNamedOnceTheFirstOfARepeatedPersonKept() {
        NewReferral r = referral(VictimRelationship.EX_PARTNER);
        assertThat(ReferralRules.named(r)).containsExactly(victim, him, child);
        assertThat(ReferralRules.perpetrators(r)).containsExactly(him);
        assertThat(ReferralRules.children(r)).containsExactly(new ChildAtIncident(child, true));
    }

    @Test
    void theSubmittedReferralIsWhatWasWrittenBlankTextAsNothing() {
        NewReferral r = referral(VictimRelationship.EX_PARTNER);
        Referral made = ReferralAssembly.submitted(ReferralId.random(), r,
                new ReferralStore.Written("R2026-000001", java.time.Instant.EPOCH));
        assertThat(made.reference()).isEqualTo("R2026-000001");
        assertThat(made.referrerName()).isEqualTo("PC Wells");
        assertThat(made.policeReference()).isNull();
        assertThat(made.perpetrators()).containsExactly(him);
        assertThat(made.triaged()).isFalse();
    }

    @Test
    void triageNeedsAValidChoiceAndAReason() {
        assertThatThrownBy(() -> ReferralRules.triage(Set.of(), " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("outcomes", "reason"));
        assertThatThrownBy(() -> ReferralRules.triage(EnumSet.of(TriageOutcome.NO_FURTHER_ACTION,
                TriageOutcome.OUTREACH), "x".repeat(2001))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("outcomes", "reason"));
        assertThatCode(() -> ReferralRules.triage(EnumSet.of(TriageOutcome.OUTREACH), "Low risk"))
                .doesNotThrowAnyException();
    }
}
