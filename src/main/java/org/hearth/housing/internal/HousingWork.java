package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" from housing: the sanctuary referrals the user coordinates or surveys that wait for a survey or a
 * follow-up visit; the refuge referrals waiting for an outcome from the user's provider (its named worker or its
 * staff); and the open sanctuary jobs of the user's agency as a contractor. References and dates only, never a name
 * or a place; the people behind the referral rows shown are audited by id.
 */
@Component
class HousingWork extends StaffWork {

    static final int ROWS = 8;

    HousingWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, CASEWORK);
    }

    private record Item(UUID id, UUID person, String reference, String detail, String tag, String colour) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        return super.forCurrentUser();
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        LocalDate today = LocalDate.now(Dates.UK);
        List<WorkList> lists = new ArrayList<>();
        List<String> audited = new ArrayList<>();

        List<Item> sanctuary = jdbc.sql("""
                SELECT id, person_id, reference, surveyed_on, follow_up_due_on FROM sanctuary_referral
                WHERE closed_on IS NULL AND (coordinator_id = :me OR surveyor_id = :me)
                  AND (surveyed_on IS NULL OR follow_up_due_on <= :soon)
                ORDER BY COALESCE(follow_up_due_on, referred_on), reference""")
                .param("me", me.actorId()).param("soon", today.plusDays(14))
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("follow_up_due_on", LocalDate.class);
                    boolean surveyed = rs.getObject("surveyed_on") != null;
                    return new Item(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                            rs.getString("reference"),
                            surveyed ? "Follow-up visit due " + Dates.day(due) : "Security survey to do",
                            !surveyed ? "Survey" : due.isBefore(today) ? "Overdue" : "Due soon",
                            !surveyed ? "blue" : due.isBefore(today) ? "red" : "yellow");
                }).list();
        if (!sanctuary.isEmpty()) {
            lists.add(new WorkList(40, "Sanctuary referrals", count(sanctuary.size(), "referral") + " to act on",
                    rows(sanctuary, "/housing/sanctuary/", audited), null, null));
        }

        List<Item> refuge = jdbc.sql("""
                SELECT r.id, r.person_id, r.reference, r.referred_on FROM refuge_referral r
                JOIN refuge_provider p ON p.id = r.provider_id
                WHERE r.outcome IS NULL AND (p.named_worker_id = :me OR p.agency_id = :agency)
                ORDER BY r.referred_on, r.reference""").param("me", me.actorId()).param("agency", me.agency().value())
                .query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("reference"), "Referred " + Dates.day(rs.getObject("referred_on",
                                LocalDate.class)), "Outcome needed", "blue")).list();
        if (!refuge.isEmpty()) {
            lists.add(new WorkList(41, "Refuge referrals to answer", count(refuge.size(), "referral")
                    + " waiting for an outcome", rows(refuge, "/housing/refuge/", audited), null, null));
        }

        int jobs = jdbc.sql("""
                SELECT count(*) FROM sanctuary_job j JOIN sanctuary_referral r ON r.id = j.referral_id
                WHERE j.contractor_id = ? AND j.fitted_on IS NULL AND NOT j.cancelled AND r.closed_on IS NULL""")
                .param(me.agency().value()).query(Integer.class).single();
        if (jobs > 0) {
            lists.add(new WorkList(42, "Sanctuary jobs", count(jobs, "open job") + " for your agency to fit",
                    List.of(), "/housing/jobs", "See the job sheets"));
        }
        if (!audited.isEmpty()) {
            audit.record(AuditAction.READ, "person", audited, "my work: housing referrals");
        }
        return lists;
    }

    private static List<WorkRow> rows(List<Item> items, String prefix, List<String> audited) {
        List<WorkRow> rows = new ArrayList<>();
        for (Item i : items.subList(0, Math.min(ROWS, items.size()))) {
            audited.add(i.person().toString());
            rows.add(new WorkRow(i.reference(), prefix + i.id(), i.detail(), i.tag(), i.colour()));
        }
        return rows;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
