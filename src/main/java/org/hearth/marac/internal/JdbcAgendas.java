package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Agenda;
import org.hearth.marac.Agendas;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.marac.Meeting;
import org.hearth.marac.Member;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcAgendas implements Agendas {

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final JdbcMaracReferrals referrals;
    private final AgendaListing listing;
    private final PersonAccess access;
    private final People people;
    private final AuditTrail audit;
    private final JdbcMaracResearch research;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcAgendas(JdbcClient jdbc, Maracs maracs, JdbcMaracReferrals referrals, AgendaListing listing,
            PersonAccess access, People people, AuditTrail audit, JdbcMaracResearch research) {
        this.research = research;
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.referrals = referrals;
        this.listing = listing;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetings(MaracId marac) {
        Roles.requireCoordinator();
        return jdbc.sql("SELECT * FROM marac_meeting WHERE marac_id = ? ORDER BY meets_on").param(marac.value())
                .query(JdbcAgendas::meeting).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(MaracMeetingId id) {
        Roles.requireCoordinator();
        return find(id);
    }

    private Optional<Meeting> find(MaracMeetingId id) {
        return jdbc.sql("SELECT * FROM marac_meeting WHERE id = ?").param(id.value()).query(JdbcAgendas::meeting)
                .optional();
    }

    private static Meeting meeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp published = rs.getTimestamp("published_at");
        return new Meeting(new MaracMeetingId(rs.getObject("id", UUID.class)),
                new MaracId(rs.getObject("marac_id", UUID.class)), rs.getObject("meets_on", LocalDate.class),
                published == null ? null : published.toInstant());
    }

    @Override
    public Meeting addMeeting(MaracId marac, LocalDate meetsOn) {
        Roles.requireCoordinator();
        maracs.find(marac).orElseThrow(() -> new java.util.NoSuchElementException("No such MARAC"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (meetsOn == null) {
            errors.put("meetsOn", "Enter the date of the meeting");
        } else if (meetsOn.isBefore(LocalDate.now(clock))) {
            errors.put("meetsOn", "The date of the meeting must be today or in the future");
        } else if (meetsOn.isAfter(LocalDate.now(clock).plusMonths(6))) {
            // publishing grants research access until 28 days after the meeting: a mistyped year must not grant decades
            errors.put("meetsOn", "A meeting can be planned up to 6 months ahead");
        } else if (jdbc.sql("SELECT count(*) FROM marac_meeting WHERE marac_id = ? AND meets_on = ?")
                .params(marac.value(), meetsOn).query(Long.class).single() > 0) {
            errors.put("meetsOn", "This MARAC already meets on that date");
        }
        InvalidInputException.refuseIfAny(errors);
        UUID id = UUID.randomUUID();
        // two coordinators adding the same date at once: the second is told, not given an error page
        if (jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(id, marac.value(), meetsOn).update() == 0) {
            throw InvalidInputException.of("meetsOn", "This MARAC already meets on that date");
        }
        int listed = listing.fill(id, marac);
        audit.record(AuditAction.CREATE, "marac-meeting", List.of(id.toString()), listed + " cases listed");
        return find(new MaracMeetingId(id)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agenda> agenda(MaracMeetingId id) {
        Roles.requireCoordinator();
        Optional<Meeting> meeting = find(id);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        Marac marac = maracs.find(meeting.get().marac()).orElseThrow();
        List<MaracReferral> cases = referrals.select("r.meeting_id = ? ORDER BY " + AgendaListing.ORDER, id.value());
        LocalDate on = meeting.get().meetsOn();
        List<Agenda.Case> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(id.toString()));
        for (MaracReferral r : cases) {
            rows.add(new Agenda.Case(r, r.victim(), people.name(r.victim()).orElse("Unknown"),
                    r.perpetrators().stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(),
                    Math.max(0, ChronoUnit.DAYS.between(r.referredOn(), on))));
            seen.add(r.victim().toString());
            r.perpetrators().forEach(p -> seen.add(p.toString()));
        }
        // the meeting and every person named on it: the audit answers "who saw that this person was at MARAC"
        audit.record(AuditAction.READ, "marac-meeting", seen, "agenda of " + rows.size() + " cases");
        if (seen.size() > 1) {
            // and on each person's own trail: who read their record ("who has read your record")
            audit.record(AuditAction.READ, "person", seen.subList(1, seen.size()).stream().distinct().toList(),
                    "MARAC agenda " + id);
        }
        return Optional.of(new Agenda(meeting.get(), marac, rows));
    }

    @Override
    public void move(MaracReferralId referral, MaracMeetingId to) {
        Roles.requireCoordinator();
        // lock the case and the meetings it moves between (in id order): a publish or another move waits
        jdbc.sql("SELECT id FROM marac_referral WHERE id = ? FOR UPDATE").param(referral.value()).query(UUID.class).list();
        jdbc.sql("""
                SELECT id FROM marac_meeting WHERE id IN (SELECT meeting_id FROM marac_referral WHERE id = ?)
                   OR id = ? ORDER BY id FOR UPDATE""")
                .params(referral.value(), to == null ? null : to.value()).query(UUID.class).list();
        MaracReferral r = referrals.select("r.id = ?", referral.value()).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such referral to MARAC"));
        if (r.transferred()) {
            throw new InvalidInputException(Map.of("meeting", "The case was transferred to " + r.transferredTo()
                    + ": it is closed here"));
        }
        if (r.meeting() != null && find(r.meeting()).map(Meeting::published).orElse(false)) {
            throw new InvalidInputException(Map.of("meeting",
                    "The case is on a published agenda: it stays on it"));
        }
        if (to == null) {
            jdbc.sql("UPDATE marac_referral SET meeting_id = NULL WHERE id = ?").param(referral.value()).update();
        } else {
            Meeting target = find(to).orElseThrow(() -> new InvalidInputException(Map.of("meeting",
                    "Choose a meeting")));
            if (target.published()) {
                throw new InvalidInputException(Map.of("meeting", "Choose a meeting whose agenda is not published"));
            }
            jdbc.sql("UPDATE marac_referral SET meeting_id = ?, marac_id = ? WHERE id = ?")
                    .params(to.value(), target.marac().value(), referral.value()).update();
        }
        audit.record(AuditAction.UPDATE, "marac-referral", List.of(referral.toString()),
                "moved to " + (to == null ? "awaiting listing" : "meeting " + to));
    }

    @Override
    public void publish(MaracMeetingId id) {
        Roles.requireCoordinator();
        Meeting meeting = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No such meeting"));
        if (meeting.published()) {
            return;
        }
        Marac marac = maracs.find(meeting.marac()).orElseThrow();
        Instant until = researchEnds(meeting.meetsOn());
        GrantBasis basis = GrantBasis.of("marac-meeting", id);
        // lock the meeting: a second publish, a move or a new listing waits for this one
        jdbc.sql("SELECT id FROM marac_meeting WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).single();
        if (find(id).map(Meeting::published).orElse(false)) {
            return;
        }
        // only those who may still represent their agency today (enabled, still working for it, in a casework
        // role): someone who left since the MARAC was saved gets nothing
        Set<StaffUserId> holders = new LinkedHashSet<>();
        for (Member m : marac.members()) {
            if (maracs.mayRepresent(m.representative(), m.agency())) {
                holders.add(m.representative());
            }
            if (m.deputy() != null && maracs.mayRepresent(m.deputy(), m.agency())) {
                holders.add(m.deputy());
            }
        }
        // the chair reads the cases to run the meeting (SafeLives: the chair presents and analyses each case): the same
        // research grant, when they may still work cases for their agency; a chair who is a hub/MARAC coordinator
        // already reads every record through the role
        if (!holders.contains(marac.chair())) {
            jdbc.sql("""
                    SELECT u.agency_id FROM staff_user u WHERE u.id = ? AND NOT EXISTS (SELECT 1 FROM staff_user_role r
                        WHERE r.user_id = u.id AND r.role = 'HUB_COORDINATOR')""")
                    .param(marac.chair().value()).query(UUID.class).optional()
                    .filter(agency -> maracs.mayRepresent(marac.chair(), new org.hearth.partnership.AgencyId(agency)))
                    .ifPresent(agency -> holders.add(marac.chair()));
        }
        int grants = 0;
        List<MaracReferral> cases = referrals.select("r.meeting_id = ? ORDER BY " + AgendaListing.ORDER, id.value());
        for (MaracReferral r : cases) {
            Set<PersonId> persons = new LinkedHashSet<>();
            persons.add(r.victim());
            persons.addAll(r.perpetrators());
            for (PersonId person : persons) {
                for (StaffUserId holder : holders) {
                    grantUntil(person, GrantHolder.user(holder), until, basis);
                    grants++;
                }
            }
        }
        int tasks = research.setFor(id, marac, meeting.meetsOn(), cases);
        jdbc.sql("UPDATE marac_meeting SET published_at = now(), published_by = ? WHERE id = ?")
                .params(Roles.actor().actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()),
                "agenda published; " + grants + " MARAC research grants until " + until + "; research tasks set: "
                        + tasks);
    }

    /** The end of the 28th day after the meeting (UK time). */
    static Instant researchEnds(LocalDate meetsOn) {
        return meetsOn.plusDays(GRANT_DAYS_AFTER_MEETING + 1L).atStartOfDay(Dates.UK).toInstant()
                .minusSeconds(60);
    }

    /** A grant lasting at least until {@code until}: an earlier meeting's shorter grant is ended and replaced. */
    private void grantUntil(PersonId person, GrantHolder holder, Instant until, GrantBasis basis) {
        AccessGrant g = access.grant(person, holder, AccessGround.MARAC_RESEARCH, AccessScope.RECORD, until, basis);
        if (g.expiresAt() != null && g.expiresAt().isBefore(until)) {
            access.end(g.id());
            access.grant(person, holder, AccessGround.MARAC_RESEARCH, AccessScope.RECORD, until, basis);
        }
    }
}
