package org.hearth.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MeetingId;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Representative;
import org.hearth.partnership.TermsOfReference;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.junit.jupiter.api.Test;

/** The structures pages' words, dates and rows, without a request or a database. */
class StructureViewsTest {

    static final AgencyId POLICE = new AgencyId(UUID.randomUUID());
    static final AgencyId REFUGE = new AgencyId(UUID.randomUUID());
    static final Representative SAM = new Representative(new MemberId(UUID.randomUUID()), "Sam Example", null, POLICE);
    static final Representative ALEX = new Representative(new MemberId(UUID.randomUUID()), "Alex Example", "Chair", REFUGE);
    static final PartnershipGroup BOARD = group("Board", null);
    static final PartnershipGroup FORUM = group("Forum", BOARD.id());
    static final Map<AgencyId, String> NAMES = Map.of(POLICE, "Police", REFUGE, "Refuge");

    static PartnershipGroup group(String name, GroupId parent) {
        return new PartnershipGroup(new GroupId(UUID.randomUUID()), name, GroupKind.values()[0], parent, null,
                new TermsOfReference("Lead the strategy", null, null, null, LocalDate.of(2027, 3, 1)),
                List.of(POLICE, REFUGE), List.of(SAM, ALEX), true);
    }

    @Test
    void groupRowsNameWhoEachReportsToAndTheLastMeeting() {
        Meeting held = new Meeting(new MeetingId(UUID.randomUUID()), FORUM.id(), LocalDate.of(2026, 4, 1), null, null,
                Map.of(POLICE, Presence.ATTENDED), Map.of());
        List<StructureViews.GroupRow> rows = StructureViews.groupRows(List.of(BOARD, FORUM),
                id -> id.equals(FORUM.id()) ? List.of(held) : List.of());
        assertThat(rows).extracting(StructureViews.GroupRow::reportsTo).containsExactly("None", "Board");
        assertThat(rows).extracting(StructureViews.GroupRow::lastMeeting).containsExactly("None recorded", "1 April 2026");
    }

    @Test
    void summaryAndTermsSayNotRecordedForWhatIsMissing() {
        assertThat(StructureViews.summary(BOARD, List.of(BOARD, FORUM))).extracting(SummaryRow::value)
                .containsExactly(GroupKind.values()[0].label(), "None", "Forum", "Not recorded", "Open");
        assertThat(StructureViews.terms(BOARD)).extracting(SummaryRow::value)
                .containsExactly("Lead the strategy", "Not recorded", "Not recorded", "Not recorded", "1 March 2027");
        assertThat(StructureViews.members(BOARD, Map.of(POLICE, "Police"))).extracting(StructureViews.MemberRow::agency)
                .containsExactly("Police", StructureViews.UNKNOWN_AGENCY);
    }

    @Test
    void presenceIsColouredAndSortedByName() {
        Meeting m = new Meeting(new MeetingId(UUID.randomUUID()), BOARD.id(), LocalDate.of(2026, 5, 2), null, null,
                Map.of(POLICE, Presence.ABSENT, REFUGE, Presence.APOLOGIES),
                Map.of(SAM.id(), Presence.ATTENDED, ALEX.id(), Presence.ABSENT, new MemberId(UUID.randomUUID()),
                        Presence.ATTENDED));
        assertThat(StructureViews.agencyPresence(m, NAMES)).extracting(StructureViews.PresenceRow::who,
                StructureViews.PresenceRow::colour).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Police", "red"),
                        org.assertj.core.groups.Tuple.tuple("Refuge", "yellow"));
        // a representative no longer on the group is left out
        assertThat(StructureViews.memberPresence(m, BOARD, NAMES)).extracting(StructureViews.PresenceRow::who,
                StructureViews.PresenceRow::detail, StructureViews.PresenceRow::colour).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alex Example", "Refuge", "red"),
                        org.assertj.core.groups.Tuple.tuple("Sam Example", "Police", "green"));
        assertThat(StructureViews.meetings(List.of(m))).singleElement()
                .satisfies(r -> assertThat(List.of(r.attended(), r.apologies(), r.absent())).containsExactly(0L, 1L, 1L));
    }

    @Test
    void paragraphsSplitAtBlankLinesOnly() {
        assertThat(StructureViews.paragraphs("One\r\nstill one\n\n  \nTwo\n")).containsExactly("One\nstill one", "Two");
        assertThat(StructureViews.paragraphs("  ")).isEmpty();
        assertThat(StructureViews.paragraphs(null)).isEmpty();
    }

    @Test
    void aGroupNeverReportsToItself() {
        assertThat(StructureViews.parentOptions(List.of(BOARD, FORUM), FORUM)).extracting(Option::label)
                .containsExactly("None: it reports to no other group", "Board");
        assertThat(StructureViews.parentOptions(List.of(BOARD, FORUM), null)).hasSize(3);
    }
}
