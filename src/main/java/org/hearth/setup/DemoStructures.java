package org.hearth.setup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.MeetingDetails;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Structures;
import org.hearth.partnership.TermsOfReference;
import org.hearth.platform.FinancialYears;

/**
 * Northfield's structures (synthetic): a strategic board with the forum, the operational group and the MARAC
 * steering group reporting to it, and two sub-groups; about two years of meetings with attendance. The forum meets
 * quarterly and four times so far in this BVPI year (when the year is old enough for it), so item 5 proposes yes.
 * Two agencies drift away: the magistrates' court from the forum, the primary care network from the operational
 * group. Deterministic: a fixed seed and dates from today.
 */
final class DemoStructures {

    private static final String POLICE = "Northfield Police";
    private static final String HOUSING = "Northfield City Council Housing Options";
    private static final String CHILDREN = "Northfield Children's Social Care";
    private static final String ADULTS = "Northfield Adult Social Care";
    private static final String SAFETY = "Northfield Community Safety Team";
    private static final String HOSPITALS = "Northfield Hospitals NHS Trust";
    private static final String PRIMARY_CARE = "Eastvale Primary Care Network";
    private static final String PROBATION = "Northfield Probation Delivery Unit";
    private static final String COURT = "Northfield Magistrates' Court";
    private static final String SCHOOLS = "Kingsmoor Academy Trust";
    private static final String IDVA = "Northfield IDVA Service";
    private static final String REFUGE = "Haven Refuge";
    private static final String OUTREACH = "Eastvale Women's Aid Outreach";
    private static final String CHANGE = "Change Ahead Perpetrator Programme";

    private final Structures structures;
    private final Map<String, Agency> agencies;
    private final Random random = new Random(225);

    DemoStructures(Structures structures, Map<String, Agency> agencies) {
        this.structures = structures;
        this.agencies = agencies;
    }

    void load(LocalDate today) {
        PartnershipGroup board = group("Northfield Domestic Abuse Partnership Board", GroupKind.STRATEGIC_BOARD, null,
                "Director of Community Safety, Northfield City Council",
                "Sets the partnership's domestic abuse strategy and holds partners to account for delivering it.",
                "Strategy and action plan, resources and commissioning, BVPI 225 self-assessment, domestic homicide "
                        + "review recommendations.",
                "Quarterly", "The chair and five agencies, including police, council and health",
                today.plusMonths(5), POLICE, HOUSING, CHILDREN, ADULTS, SAFETY, HOSPITALS, PROBATION, IDVA);
        member(board, "Alex Marchetti (demo)", "Director of Community Safety", SAFETY);
        member(board, "Superintendent Jo Haddad (demo)", "Head of Public Protection", POLICE);
        member(board, "Dr Nia Castell (demo)", "Designated Nurse, Safeguarding", HOSPITALS);
        PartnershipGroup forum = group("Northfield Domestic Abuse Forum", GroupKind.FORUM, board.id(),
                "Manager, Northfield IDVA Service",
                "Brings practitioners together to share practice, hear from survivors' services and raise issues for "
                        + "the board.",
                "Practice development, multi-agency training needs, lobbying and awareness campaigns.",
                "Quarterly", "Six agencies", today.plusMonths(9),
                POLICE, HOUSING, CHILDREN, HOSPITALS, PRIMARY_CARE, COURT, SCHOOLS, IDVA, REFUGE, OUTREACH, CHANGE);
        member(forum, "Morgan Feltham (demo)", "IDVA, forum chair", IDVA);
        member(forum, "Dee Okonjo (demo)", "Refuge manager", REFUGE);
        member(forum, "Sergeant Lee Ambrose (demo)", "Domestic Abuse Champion", POLICE);
        member(forum, "Ruth Penhale (demo)", "Legal adviser", COURT);
        PartnershipGroup operational = group("Northfield Domestic Abuse Operational Group",
                GroupKind.OPERATIONAL_GROUP, board.id(), "Domestic Abuse Coordinator",
                "Manages and monitors the partnership's services and their outcomes.",
                "Performance figures, service pathways, the directory of services and the action plan's operational "
                        + "actions.",
                "Every two months", "Four agencies", today.minusMonths(1),
                POLICE, HOUSING, CHILDREN, ADULTS, PRIMARY_CARE, IDVA, OUTREACH, SAFETY);
        PartnershipGroup marac = group("Northfield MARAC Steering Group", GroupKind.MARAC_STEERING_GROUP, board.id(),
                "Detective Inspector, Public Protection Unit",
                "Oversees the MARAC: its operating protocol, attendance, repeat rates and the SafeLives quality "
                        + "standards.",
                "MARAC performance, representation and training for MARAC representatives.",
                "Quarterly", "Police, IDVA service and two other agencies", today.plusMonths(3),
                POLICE, CHILDREN, HOUSING, HOSPITALS, PROBATION, IDVA);
        PartnershipGroup health = group("Health and Domestic Abuse Sub-group", GroupKind.SUB_GROUP, forum.id(),
                "Designated Nurse, Safeguarding", "Routine enquiry and referral pathways in health settings.",
                "GP practices, maternity, emergency department and mental health services.", "Quarterly",
                "Three agencies", today.plusMonths(7), HOSPITALS, PRIMARY_CARE, IDVA, OUTREACH);
        PartnershipGroup children = group("Children and Young People Sub-group", GroupKind.SUB_GROUP,
                operational.id(), "Head of Early Help", "Children affected by domestic abuse and Operation Encompass.",
                "Schools notifications, children's services pathways and young people's services.", "Quarterly",
                "Three agencies", today.plusMonths(2), CHILDREN, SCHOOLS, POLICE, IDVA, OUTREACH);

        LocalDate yearStart = FinancialYears.firstDay(today);
        meetings(forum, forumDates(today, yearStart), today, Map.of(COURT, 0.9, PRIMARY_CARE, 0.25));
        meetings(board, every(today, 3, 8, 2), today, Map.of());
        meetings(operational, every(today, 2, 12, 3), today, Map.of(PRIMARY_CARE, 0.7));
        meetings(marac, every(today, 3, 8, 4), today, Map.of());
        meetings(health, every(today, 3, 6, 1), today, Map.of());
        meetings(children, every(today, 3, 6, 5), today, Map.of());
    }

    /** Quarterly before this BVPI year, then four meetings spread over the year so far (if it is a month old). */
    private static List<LocalDate> forumDates(LocalDate today, LocalDate yearStart) {
        List<LocalDate> dates = new ArrayList<>();
        for (int q = 8; q >= 1; q--) {
            dates.add(weekday(yearStart.minusMonths(3L * q).plusDays(20)));
        }
        long span = ChronoUnit.DAYS.between(yearStart, today) - 4;
        if (span >= 28) {
            for (int i = 0; i < 4; i++) {
                LocalDate d = yearStart.plusDays(2 + span * i / 3);
                dates.add(weekdayNotAfter(d, today));
            }
        } else {
            dates.add(weekdayNotAfter(yearStart.plusDays(1), today));
        }
        return dates.stream().filter(d -> !d.isAfter(today)).distinct().toList();
    }

    /** {@code count} meetings, every {@code months} months, going back from about {@code offsetDays} ago. */
    private static List<LocalDate> every(LocalDate today, int months, int count, int offsetDays) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            dates.add(weekdayNotAfter(today.minusMonths((long) months * i).minusDays(7L + offsetDays), today));
        }
        return dates;
    }

    private static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek().getValue() >= 6 ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d;
    }

    private static LocalDate weekdayNotAfter(LocalDate d, LocalDate today) {
        LocalDate w = weekday(d);
        return w.isAfter(today) ? d.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : w;
    }

    /**
     * Meetings on these dates. Most agencies attend about 85% of the time; an agency in {@code drifting} is there
     * as usual for the first half, then misses with that probability (0.9 is all but gone).
     */
    private void meetings(PartnershipGroup group, List<LocalDate> dates, LocalDate today,
            Map<String, Double> drifting) {
        Map<AgencyId, String> names = new LinkedHashMap<>();
        agencies.forEach((name, a) -> names.put(a.id(), name));
        Map<AgencyId, Integer> sinceMissed = new LinkedHashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            boolean late = i >= dates.size() / 2;
            Map<AgencyId, Presence> attendance = new LinkedHashMap<>();
            for (AgencyId a : group.agencies()) {
                Double miss = drifting.get(names.get(a));
                double missing = late && miss != null ? miss : 0.15;
                double roll = random.nextDouble();
                Presence p = roll >= missing ? Presence.ATTENDED
                        : roll < missing / 2 && !(late && miss != null && miss > 0.5) ? Presence.APOLOGIES
                        : Presence.ABSENT;
                if (late && miss != null && miss >= 0.9 && i >= dates.size() - 3) {
                    p = Presence.ABSENT;
                }
                if (miss == null && sinceMissed.getOrDefault(a, 3) < 3) {
                    p = Presence.ATTENDED; // the others miss at most one meeting in three: only the drifting drift
                }
                sinceMissed.put(a, p == Presence.ATTENDED ? sinceMissed.getOrDefault(a, 3) + 1 : 1);
                attendance.put(a, p);
            }
            Map<org.hearth.partnership.MemberId, Presence> members = new LinkedHashMap<>();
            group.members().forEach(m -> members.put(m.id(), attendance.getOrDefault(m.agency(), Presence.ABSENT)));
            structures.recordMeeting(group.id(), new MeetingDetails(dates.get(i), minutes(group, i), decisions(group, i),
                    attendance, members));
        }
    }

    private static String minutes(PartnershipGroup group, int i) {
        String[] items = {"the quarterly performance report", "the action plan's progress", "a presentation from the "
                + "refuge on move-on accommodation", "training needs for front-line staff", "the MARAC repeat rate",
                "the awareness campaign for the winter months"};
        return "1. Welcome, introductions and apologies.\n\n2. Minutes of the last meeting agreed as a true record.\n\n"
                + "3. The group discussed " + items[i % items.length] + ". Members raised pressure on services and "
                + "agreed to bring figures to the next meeting.\n\n4. Any other business: none.";
    }

    private static String decisions(PartnershipGroup group, int i) {
        return "Action: the coordinator to circulate the updated figures within two weeks.\n\n"
                + "Action: each agency to confirm its named representative before the next meeting.";
    }

    private PartnershipGroup group(String name, GroupKind kind, GroupId parent, String chair, String purpose,
            String remit, String frequency, String quorum, LocalDate review, String... members) {
        List<AgencyId> ids = new ArrayList<>();
        for (String m : members) {
            ids.add(agencies.get(m).id());
        }
        return structures.create(new GroupDetails(name, kind, parent, chair,
                new TermsOfReference(purpose, remit, frequency, quorum, review), ids, true));
    }

    private void member(PartnershipGroup group, String name, String role, String agency) {
        structures.addMember(group.id(), name, role, agencies.get(agency).id());
    }
}
