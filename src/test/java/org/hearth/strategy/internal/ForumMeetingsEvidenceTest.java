package org.hearth.strategy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MeetingId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Structures;
import org.hearth.partnership.TermsOfReference;
import org.hearth.strategy.Bvpi225Proposal;
import org.junit.jupiter.api.Test;

/** BVPI 225 item 5 from the forum's meetings in the assessment year (unit tests over a stand-in Structures). */
class ForumMeetingsEvidenceTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
    final List<PartnershipGroup> groups = new ArrayList<>();
    final List<Meeting> meetings = new ArrayList<>();
    final AgencyId police = AgencyId.random();
    final AgencyId idva = AgencyId.random();

    final Structures structures = (Structures) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Structures.class}, (proxy, method, args) -> switch (method.getName()) {
                case "groups" -> List.copyOf(groups);
                case "meetingsOf" -> meetings.stream().filter(m -> groups.stream()
                        .anyMatch(g -> g.id().equals(m.group()) && g.kind() == args[0]))
                        .filter(m -> !m.heldOn().isBefore((LocalDate) args[1]) && !m.heldOn().isAfter((LocalDate) args[2]))
                        .toList();
                default -> throw new UnsupportedOperationException(method.getName());
            });
    final ForumMeetingsEvidence evidence = new ForumMeetingsEvidence(structures);

    private PartnershipGroup group(String name, GroupKind kind) {
        PartnershipGroup g = new PartnershipGroup(GroupId.random(), name, kind, null, null, TermsOfReference.none(),
                List.of(police, idva), List.of(), true);
        groups.add(g);
        return g;
    }

    private void meeting(PartnershipGroup g, LocalDate on, Presence idvaPresence) {
        Map<AgencyId, Presence> attendance = new LinkedHashMap<>();
        attendance.put(police, Presence.ATTENDED);
        attendance.put(idva, idvaPresence);
        meetings.add(new Meeting(MeetingId.random(), g.id(), on, null, null, attendance, Map.of()));
    }

    @Test
    void fourMultiAgencyForumMeetingsInTheYearIsYesWithTheMeetingsShown() {
        PartnershipGroup forum = group("Testshire Forum", GroupKind.FORUM);
        meeting(forum, LocalDate.of(2026, 3, 31), Presence.ATTENDED); // the year before
        meeting(forum, LocalDate.of(2026, 4, 1), Presence.ATTENDED);
        meeting(forum, LocalDate.of(2026, 7, 8), Presence.ATTENDED);
        meeting(forum, LocalDate.of(2026, 10, 14), Presence.ATTENDED);
        meeting(forum, LocalDate.of(2027, 1, 20), Presence.ATTENDED);
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.question()).isEqualTo(5);
        assertThat(p.yes()).isTrue();
        assertThat(p.reasoning()).isEqualTo("Yes: Testshire Forum has held 4 multi-agency meetings in the assessment "
                + "year so far (4 are needed).");
        assertThat(p.workings()).containsExactly(
                "Testshire Forum: 4 multi-agency meetings from 1 April 2026 to 15 February 2027",
                "Testshire Forum, 1 April 2026: 2 agencies attended", "Testshire Forum, 8 July 2026: 2 agencies attended",
                "Testshire Forum, 14 October 2026: 2 agencies attended",
                "Testshire Forum, 20 January 2027: 2 agencies attended",
                "A meeting counts when at least two agencies attended; 4 are needed in the year 1 April 2026 to "
                        + "31 March 2027");
    }

    @Test
    void threeMeetingsOrOneWithASingleAgencyIsNo() {
        PartnershipGroup forum = group("Testshire Forum", GroupKind.FORUM);
        PartnershipGroup board = group("Testshire Board", GroupKind.STRATEGIC_BOARD);
        meeting(forum, LocalDate.of(2026, 4, 20), Presence.ATTENDED);
        meeting(forum, LocalDate.of(2026, 7, 8), Presence.APOLOGIES); // only the police attended
        meeting(forum, LocalDate.of(2026, 10, 14), Presence.ATTENDED);
        meeting(forum, LocalDate.of(2027, 1, 20), Presence.ATTENDED);
        meeting(board, LocalDate.of(2026, 12, 1), Presence.ATTENDED); // the board is not the forum
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.yes()).isFalse();
        assertThat(p.reasoning()).isEqualTo("No: Testshire Forum has held only 3 multi-agency meetings in the "
                + "assessment year so far; 4 are needed by 31 March 2027.");
        assertThat(p.workings()).contains("Testshire Forum, 8 July 2026: 1 agency attended (not multi-agency)");
    }

    @Test
    void theYearStartsOnTheFirstOfApril() {
        PartnershipGroup forum = group("Testshire Forum", GroupKind.FORUM);
        meeting(forum, LocalDate.of(2027, 3, 1), Presence.ATTENDED);
        Bvpi225Proposal april = evidence.propose(LocalDate.of(2027, 4, 2));
        assertThat(april.yes()).isFalse();
        assertThat(april.reasoning()).contains("no multi-agency meetings", "by 31 March 2028");
    }

    @Test
    void noForumIsNoEvidence() {
        group("Testshire Board", GroupKind.STRATEGIC_BOARD);
        Bvpi225Proposal p = evidence.propose(TODAY);
        assertThat(p.yes()).isNull();
        assertThat(p.reasoning()).contains("no forum is recorded");
    }
}
