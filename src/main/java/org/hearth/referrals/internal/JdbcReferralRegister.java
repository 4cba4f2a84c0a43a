package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralRegister;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.internal.ReferralListQuery.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral list in PostgreSQL: filtered and paged in the database by {@link ReferralListQuery}. */
@Service
@Transactional(readOnly = true)
class JdbcReferralRegister implements ReferralRegister {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcReferralRegister(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Page page(Filter filter, Key after, Key before, int size) {
        if (after != null && before != null) {
            throw new IllegalArgumentException("A page starts after a referral or before one, not both");
        }
        Actor me = me();
        boolean hub = me.hasRole(Role.HUB_COORDINATOR);
        Filter scoped = scoped(filter, me);
        Page page;
        if (before != null) {
            // read oldest first from the key (then shown newest first); the extra row, if any, is the newest: a
            // page newer still
            List<Entry> rows = read(scoped, before, Direction.NEWER, size + 1, hub);
            page = rows.size() <= size ? null // no page newer still: this is the first page, read as one
                    : new Page(rows.subList(1, rows.size()), rows.get(1).key(), rows.get(rows.size() - 1).key());
        } else {
            List<Entry> rows = read(scoped, after, Direction.OLDER, size + 1, hub);
            List<Entry> shown = rows.size() > size ? rows.subList(0, size) : rows;
            page = new Page(shown, after == null || shown.isEmpty() ? null : shown.get(0).key(),
                    rows.size() > size ? shown.get(size - 1).key() : null);
        }
        if (page == null) {
            List<Entry> rows = read(scoped, null, Direction.OLDER, size + 1, hub);
            page = new Page(rows.size() > size ? rows.subList(0, size) : rows, null,
                    rows.size() > size ? rows.get(size - 1).key() : null);
        }
        page = new Page(List.copyOf(page.entries()), page.newer(), page.older());
        audit.record(AuditAction.SEARCH, "referral", page.entries().stream().map(e -> e.id().toString()).toList(),
                "referral list");
        if (hub && !page.entries().isEmpty()) { // the hub's list names the victims: a read of each
            audit.record(AuditAction.SEARCH, "person",
                    page.entries().stream().map(e -> e.victim().toString()).distinct().toList(), "referral list");
        }
        return page;
    }

    /** Up to {@code limit} rows from the key (exclusive) in the direction given, newest first. */
    private List<Entry> read(Filter scoped, Key key, Direction direction, int limit, boolean hub) {
        ReferralListQuery query = ReferralListQuery.page(scoped, key, direction, limit);
        return jdbc.sql(query.sql()).params(query.params())
                .query((rs, n) -> {
                    ReferralId id = new ReferralId(rs.getObject("id", UUID.class));
                    LocalDate received = rs.getObject("received_on", LocalDate.class);
                    return new Entry(id, rs.getString("reference"), received, rs.getString("agency"),
                            rs.getString("area"), hub ? new PersonId(rs.getObject("victim_id", UUID.class)) : null,
                            hub ? rs.getString("victim") : null,
                            rs.getString("triage_outcome") == null ? null
                                    : TriageOutcome.valueOf(rs.getString("triage_outcome")),
                            rs.getString("decided_by"),
                            rs.getTimestamp("triaged_at") == null ? null
                                    : rs.getTimestamp("triaged_at").toInstant().atZone(Dates.UK).toLocalDate(),
                            new Key(received, rs.getObject("created_at", OffsetDateTime.class).toInstant(), id));
                })
                .list();
    }

    @Override
    public long count(Filter filter, long atMost) {
        ReferralListQuery query = ReferralListQuery.count(scoped(filter, me()), atMost);
        return jdbc.sql(query.sql()).params(query.params()).query(Long.class).single();
    }

    /** Anyone but a hub coordinator sees their own agency's referrals only, whatever they asked for. */
    static Filter scoped(Filter filter, Actor me) {
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            return filter;
        }
        return new Filter(filter.state(), filter.outcome(), me.agency(), filter.area(), filter.from(), filter.to());
    }

    private static Actor me() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!me.worksCases()) {
            throw new AccessDeniedException("Lists referrals only for those who make or triage them");
        }
        return me;
    }
}
