package org.hearth.marac.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from MARAC: for hub/MARAC coordinators, the referrals awaiting listing on a meeting; for a chair who is
 * not a coordinator, the next published meeting of each MARAC they chair; for a member
 * agency's named representative or deputy, the cases on published agendas they may research (until their grant
 * ends). References and dates only, never a name; the cases listed to a representative are audited by id.
 */
@Component
class MaracWork extends StaffWork {

    static final int ROWS = 5;

    private final org.hearth.people.PersonAccess access;
    private final JdbcMaracResearch research;
    private final JdbcMaracActions actions;

    MaracWork(JdbcClient jdbc, AuditTrail audit, org.hearth.people.PersonAccess access, JdbcMaracResearch research,
            JdbcMaracActions actions) {
        super(jdbc, audit, me -> true);
        this.research = research;
        this.actions = actions;
        this.access = access;
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            lists.add(awaiting());
            overdueActions().ifPresent(lists::add);
        }
        if (!me.hasRole(Role.HUB_COORDINATOR)) {
            chaired(me).ifPresent(lists::add);
        }
        if (me.worksCases()) {
            research(me).ifPresent(lists::add);
            myActions().ifPresent(lists::add);
        }
        return lists;
    }

    private WorkList awaiting() {
        record Waiting(UUID marac, String name, long count, LocalDate oldest) {
        }
        List<Waiting> rows = jdbc.sql("""
                SELECT r.marac_id, m.name, count(*) AS n, min(r.referred_on) AS oldest
                FROM marac_referral r LEFT JOIN marac m ON m.id = r.marac_id
                WHERE r.meeting_id IS NULL AND r.transferred_at IS NULL GROUP BY r.marac_id, m.name ORDER BY min(r.referred_on)""")
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        long all = rows.stream().mapToLong(Waiting::count).sum();
        String summary = all == 0 ? "No referrals to MARAC are waiting for a meeting."
                : all + (all == 1 ? " referral" : " referrals") + " to MARAC waiting for a meeting.";
        return new WorkList(12, "MARAC: awaiting listing", summary, rows.stream().limit(ROWS)
                .map(w -> new WorkList.WorkRow(w.name() == null ? "No MARAC chosen" : w.name(),
                        w.marac() == null ? "/marac#without-marac" : "/marac/" + w.marac() + "#waiting",
                        "Waiting since " + Dates.DAY.format(w.oldest()), String.valueOf(w.count()), "orange"))
                .toList(), all == 0 ? null : "/marac", "Open the MARACs");
    }

    /**
     * For a chair who is not a coordinator (coordinators reach every meeting from the MARAC pages): each MARAC they
     * chair, with its next published meeting not yet held, linking to the meeting's run page. Meeting ids and dates
     * only, never a case.
     */
    private java.util.Optional<WorkList> chaired(Actor me) {
        record Chaired(UUID marac, String name, UUID meeting, LocalDate meetsOn, long cases) {
        }
        List<Chaired> rows = jdbc.sql("""
                SELECT m.id, m.name, next.id, next.meets_on,
                    (SELECT count(*) FROM marac_referral r WHERE r.meeting_id = next.id) AS cases
                FROM marac m
                LEFT JOIN LATERAL (SELECT mm.id, mm.meets_on FROM marac_meeting mm
                    WHERE mm.marac_id = m.id AND mm.published_at IS NOT NULL AND mm.held_at IS NULL
                    ORDER BY mm.meets_on LIMIT 1) next ON true
                WHERE m.chair_id = ?
                ORDER BY next.meets_on NULLS LAST, m.name""")
                .param(me.actorId())
                .query((rs, n) -> new Chaired(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5))).list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        long next = rows.stream().filter(c -> c.meeting() != null).count();
        return java.util.Optional.of(new WorkList(11, "MARAC meetings you chair", next == 0
                ? "No agenda of a MARAC you chair is published yet."
                : next + (next == 1 ? " published agenda" : " published agendas") + " to run.",
                rows.stream().limit(ROWS).map(c -> c.meeting() == null
                        ? new WorkList.WorkRow(c.name(), null, "No agenda published yet", null, null)
                        : new WorkList.WorkRow(c.name() + ": meeting of " + Dates.DAY.format(c.meetsOn()),
                                "/marac/meetings/" + c.meeting() + "/run", c.cases() + (c.cases() == 1 ? " case"
                                        : " cases"), c.meetsOn().isBefore(LocalDate.now(Dates.UK)) ? "Not marked held"
                                        : null, c.meetsOn().isBefore(LocalDate.now(Dates.UK)) ? "orange" : null))
                        .toList(), null, null));
    }

    private java.util.Optional<WorkList> research(Actor me) {
        // the research of the agencies the user represents, while they may read the case (MaracResearch audits it)
        List<org.hearth.marac.ResearchTask> open = research.mine().stream().filter(t -> !t.returned()).toList();
        LocalDate today = LocalDate.now(Dates.UK);
        if (open.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new WorkList(14, "MARAC research", open.size()
                + (open.size() == 1 ? " case" : " cases") + " on published agendas for your agency to research. "
                + "Research your own agency's records only: never contact the victim (the IDVA does).",
                open.stream().limit(ROWS).map(t -> {
                    boolean flagged = t.overdue(today) || t.chasedAt() != null;
                    return new WorkList.WorkRow(t.reference(), "/marac/research/" + t.id(),
                            "Due " + Dates.DAY.format(t.dueOn()), flagged ? t.state(today) : null,
                            flagged ? "red" : null);
                }).toList(),
                open.size() > ROWS ? "/marac/research" : null, open.size() > ROWS ? "All your MARAC research" : null));
    }

    /** The open MARAC actions of the agencies the user represents, overdue ones first and marked. */
    private java.util.Optional<WorkList> myActions() {
        LocalDate today = LocalDate.now(Dates.UK);
        List<org.hearth.marac.MaracAction> open = actions.mine().stream().filter(org.hearth.marac.MaracAction::open)
                .sorted(java.util.Comparator.comparing((org.hearth.marac.MaracAction a) -> !a.overdue(today))
                        .thenComparing(org.hearth.marac.MaracAction::dueOn)).toList();
        if (open.isEmpty()) {
            return java.util.Optional.empty();
        }
        long overdue = open.stream().filter(a -> a.overdue(today)).count();
        return java.util.Optional.of(new WorkList(15, "MARAC actions", open.size()
                + (open.size() == 1 ? " open MARAC action" : " open MARAC actions") + " for your agency"
                + (overdue == 0 ? "." : ", " + overdue + " overdue."),
                open.stream().limit(ROWS).map(a -> new WorkList.WorkRow(a.reference(), "/marac/actions/" + a.id(),
                        "Due " + Dates.DAY.format(a.dueOn()), a.overdue(today) ? "Overdue" : null,
                        a.overdue(today) ? "red" : null)).toList(), "/marac/actions", "All your MARAC actions"));
    }

    /** Every overdue MARAC action, for the coordinators. */
    private java.util.Optional<WorkList> overdueActions() {
        List<org.hearth.marac.MaracAction> overdue = actions.overdue();
        if (overdue.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new WorkList(13, "MARAC: overdue actions", overdue.size()
                + (overdue.size() == 1 ? " MARAC action is" : " MARAC actions are") + " past their due date.",
                overdue.stream().limit(ROWS).map(a -> new WorkList.WorkRow(a.reference(), "/marac/actions/" + a.id(),
                        "Due " + Dates.DAY.format(a.dueOn()), "Overdue", "red")).toList(), "/marac/actions",
                "All MARAC actions"));
    }
}
