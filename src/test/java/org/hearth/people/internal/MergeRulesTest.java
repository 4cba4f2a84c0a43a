package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link MergeRules} alone: who decides, reasons, conflicts, pair keys and the address a merge keeps. No database. */
class MergeRulesTest {

    static final PersonId LOW = new PersonId(UUID.fromString("0fffffff-0000-0000-0000-000000000000"));
    static final PersonId HIGH = new PersonId(UUID.fromString("f0000000-0000-0000-0000-000000000000"));
    static final LocalDate BORN = LocalDate.of(1985, 7, 12);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyHubCoordinatorsDecideAboutDuplicates() {
        assertThatThrownBy(() -> MergeRules.requireHub(Optional.empty())).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not signed in");
        Actor practitioner = PeopleGuardsTest.signInAs(Role.PRACTITIONER, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> MergeRules.requireHub(Optional.of(practitioner)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only hub coordinators");
        Actor hub = PeopleGuardsTest.signInAs(Role.HUB_COORDINATOR);
        assertThat(MergeRules.requireHub(Optional.of(hub))).isSameAs(hub);
    }

    @Test
    void aDecisionNeedsAReasonAndTwoRecords() {
        assertThatThrownBy(() -> MergeRules.reason(null, "Give it")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give it");
        assertThatThrownBy(() -> MergeRules.reason("  ", "Give it")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MergeRules.reason("  same person  ", "Give it")).isEqualTo("same person");
        assertThatThrownBy(() -> MergeRules.requireTwo(LOW, LOW, "itself")).isInstanceOf(MergeRefusedException.class)
                .hasMessage("itself");
        assertThatCode(() -> MergeRules.requireTwo(LOW, HIGH, "itself")).doesNotThrowAnyException();
    }

    @Test
    void onlyTwoConfirmedDifferentDatesOfBirthConflict() {
        var confirmed = new MergeRules.Identity(BORN, true);
        assertThat(MergeRules.conflicts(List.of(confirmed, new MergeRules.Identity(BORN.plusDays(1), true))))
                .containsExactly("Both records have a confirmed date of birth, and they are different");
        assertThat(MergeRules.conflicts(List.of(confirmed, new MergeRules.Identity(null, true)))).hasSize(1);
        assertThat(MergeRules.conflicts(List.of(confirmed, new MergeRules.Identity(BORN, true)))).isEmpty();
        assertThat(MergeRules.conflicts(List.of(confirmed, new MergeRules.Identity(BORN.plusDays(1), false))))
                .isEmpty();
        assertThat(MergeRules.conflicts(List.of(new MergeRules.Identity(BORN.plusDays(1), false), confirmed)))
                .isEmpty();
        assertThat(MergeRules.conflicts(List.of(confirmed))).isEmpty();
    }

    @Test
    void conflictsRefuseAMergeUnlessForcedWithAReason() {
        List<String> conflicts = List.of("Both records have a confirmed date of birth, and they are different");
        assertThat(MergeRules.forced(List.of(), true, "whatever")).isFalse();
        assertThat(MergeRules.forced(List.of(), false, null)).isFalse();
        for (String none : new String[] {null, " "}) {
            assertThatThrownBy(() -> MergeRules.forced(conflicts, true, none))
                    .isInstanceOf(MergeRefusedException.class)
                    .satisfies(e -> assertThat(((MergeRefusedException) e).conflicts()).isEqualTo(conflicts));
        }
        assertThatThrownBy(() -> MergeRules.forced(conflicts, false, "checked the passport"))
                .isInstanceOf(MergeRefusedException.class);
        assertThat(MergeRules.forced(conflicts, true, "checked the passport")).isTrue();
        assertThat(MergeRules.merged(HIGH, LOW, "same", true, " passport ")).isEqualTo("merged " + LOW + " into "
                + HIGH + ": same (forced over conflicting identities: passport)");
        assertThat(MergeRules.merged(HIGH, LOW, "same", false, null)).isEqualTo("merged " + LOW + " into " + HIGH
                + ": same");
    }

    @Test
    void aPairIsKeyedAsPostgresqlOrdersUuidsWhicheverWayRoundItIsNamed() {
        // UUID.compareTo is signed: it puts f0... before 0f...; PostgreSQL does not
        assertThat(HIGH.value().compareTo(LOW.value())).isNegative();
        assertThat(MergeRules.ordered(LOW, HIGH)).containsExactly(LOW.value(), HIGH.value());
        assertThat(MergeRules.ordered(HIGH, LOW)).containsExactly(LOW.value(), HIGH.value());
        assertThat(MergeRules.ordered(LOW, LOW)).containsExactly(LOW.value(), LOW.value());
    }

    @Test
    void probabilitiesPagesAndGroupsStayInBounds() {
        assertThat(MergeRules.probability(-0.2)).isZero();
        assertThat(MergeRules.probability(1.7)).isEqualTo(1.0);
        assertThat(MergeRules.probability(0.123456)).isEqualTo(0.1235);
        assertThat(MergeRules.offset(-5)).isZero();
        assertThat(MergeRules.offset(40)).isEqualTo(40);
        assertThat(MergeRules.limit(0)).isEqualTo(1);
        assertThat(MergeRules.limit(50)).isEqualTo(50);
        assertThat(MergeRules.limit(201)).isEqualTo(200);
        assertThat(MergeRules.groupSize(0)).isEqualTo(2);
        assertThat(MergeRules.groupSize(1)).isEqualTo(2);
        assertThat(MergeRules.groupSize(4)).isEqualTo(5);
    }

    @Test
    void aMergeKeepsTheLatestCurrentAddressAndCopiesOnlyOtherPlaces() {
        var kept = new MergeRules.Current(UUID.randomUUID(), "2 high street|NF11AA", BORN);
        var same = new MergeRules.Current(UUID.randomUUID(), "2 high street|NF11AA", null);
        var other = new MergeRules.Current(UUID.randomUUID(), "refuge:haven", null);
        assertThat(MergeRules.ended(List.of())).isEmpty();
        assertThat(MergeRules.ended(List.of(kept))).isEmpty();
        assertThat(MergeRules.ended(List.of(kept, same, other))).containsExactly(same, other);
        assertThat(MergeRules.copied(same, kept)).isFalse();
        assertThat(MergeRules.copied(other, kept)).isTrue();
    }

    @Test
    void pairsProposedTogetherAreWhatProposingEachInTurnLeaves() {
        PersonId third = new PersonId(UUID.fromString("80000000-0000-0000-0000-000000000000"));
        List<MergeRules.Proposed> pairs = MergeRules.proposed(List.of(
                new PersonMerges.Proposal(HIGH, LOW, 0.5, List.of("first")),
                new PersonMerges.Proposal(LOW, LOW, 1.0, List.of("itself")),
                new PersonMerges.Proposal(third, LOW, 0.123456, List.of("third")),
                new PersonMerges.Proposal(LOW, HIGH, 0.9, List.of("higher")),
                new PersonMerges.Proposal(HIGH, LOW, 0.9, List.of("as high, later")),
                new PersonMerges.Proposal(HIGH, LOW, 0.2, List.of("lower"))));
        assertThat(pairs).extracting(p -> p.a() + " " + p.b() + " " + p.probability() + " " + p.reasons())
                .as("each pair once, keyed, highest first-given probability with its reasons, in key order")
                .containsExactly(LOW.value() + " " + third.value() + " 0.1235 [third]",
                        LOW.value() + " " + HIGH.value() + " 0.9 [higher]");
        assertThat(MergeRules.proposed(List.of())).isEmpty();
    }
}
