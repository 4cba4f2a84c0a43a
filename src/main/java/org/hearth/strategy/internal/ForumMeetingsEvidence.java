package org.hearth.strategy.internal;

import static org.hearth.strategy.internal.DirectoryReviewEvidence.DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Structures;
import org.hearth.platform.FinancialYears;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 5 ("supports a multi-agency domestic violence forum meeting at least 4 times a year") from the
 * partnership's groups: yes when a forum held at least {@value #NEEDED} multi-agency meetings (two or more agencies
 * attending) in the assessment year so far, 1 April to the day. No evidence when no forum is recorded.
 */
@Component
class ForumMeetingsEvidence implements Bvpi225Evidence {

    static final int NEEDED = 4;

    private final Structures structures;

    ForumMeetingsEvidence(Structures structures) {
        this.structures = structures;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        LocalDate from = FinancialYears.firstDay(today);
        LocalDate yearEnd = from.plusYears(1).minusDays(1);
        List<PartnershipGroup> forums = structures.groups().stream().filter(g -> g.kind() == GroupKind.FORUM).toList();
        if (forums.isEmpty()) {
            return new Bvpi225Proposal(5, null, "No evidence: no forum is recorded among the partnership's groups.",
                    List.of());
        }
        Map<GroupId, List<Meeting>> byForum = new LinkedHashMap<>();
        forums.forEach(f -> byForum.put(f.id(), new ArrayList<>()));
        List<String> workings = new ArrayList<>();
        List<Meeting> held = structures.meetingsOf(GroupKind.FORUM, from, today);
        held.stream().sorted(Comparator.comparing(Meeting::heldOn)).forEach(m -> byForum.get(m.group()).add(m));
        PartnershipGroup best = null;
        long bestCount = -1;
        for (PartnershipGroup forum : forums) {
            List<Meeting> meetings = byForum.get(forum.id());
            List<Meeting> multiAgency = meetings.stream().filter(m -> m.agenciesAttending() >= 2).toList();
            workings.add(forum.name() + ": " + count(multiAgency.size()) + " from " + DATE.format(from) + " to "
                    + DATE.format(today));
            for (Meeting m : meetings) {
                long attending = m.agenciesAttending();
                workings.add(forum.name() + ", " + DATE.format(m.heldOn()) + ": " + attending + " "
                        + (attending == 1 ? "agency" : "agencies") + " attended" + (attending >= 2 ? ""
                                : " (not multi-agency)"));
            }
            if (multiAgency.size() > bestCount) {
                best = forum;
                bestCount = multiAgency.size();
            }
        }
        workings.add("A meeting counts when at least two agencies attended; " + NEEDED + " are needed in the year "
                + DATE.format(from) + " to " + DATE.format(yearEnd));
        boolean yes = bestCount >= NEEDED;
        String reasoning = yes
                ? "Yes: " + best.name() + " has held " + count(bestCount) + " in the assessment year so far ("
                        + NEEDED + " are needed)."
                : "No: " + best.name() + " has held " + (bestCount == 0 ? "no multi-agency meetings" : "only "
                        + count(bestCount)) + " in the assessment year so far; " + NEEDED + " are needed by "
                        + DATE.format(yearEnd) + ".";
        return new Bvpi225Proposal(5, yes, reasoning, workings);
    }

    private static String count(long n) {
        return n + " multi-agency " + (n == 1 ? "meeting" : "meetings");
    }
}
