package org.hearth.marac.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.marac.Meeting;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferrals;
import org.hearth.marac.internal.WaitingRules.Facts;
import org.hearth.marac.internal.WaitingRules.MeetingState;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals waiting for a meeting, each call in one transaction: who may call, the SQL of the meetings and the
 * audit; why a referral waits and whether a meeting takes it are {@link WaitingRules}; listing it is
 * {@link AgendaListing#list}, as for a new referral or a new meeting.
 */
@Service
@Transactional
class JdbcWaitingReferrals implements WaitingReferrals {

    private static final String WAITING = "r.meeting_id IS NULL AND r.transferred_at IS NULL";

    private final JdbcClient jdbc;
    private final JdbcMaracReferrals referrals;
    private final Maracs maracs;
    private final Partnerships partnerships;
    private final People people;
    private final PersonAccess access;
    private final AgendaListing listing;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcWaitingReferrals(JdbcClient jdbc, JdbcMaracReferrals referrals, Maracs maracs, Partnerships partnerships,
            People people, PersonAccess access, AgendaListing listing, AuditTrail audit) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.maracs = maracs;
        this.partnerships = partnerships;
        this.people = people;
        this.access = access;
        this.listing = listing;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingReferral> waiting(MaracId id) {
        Roles.requireCoordinator();
        Marac marac = maracs.find(id).orElseThrow(() -> new NoSuchElementException("No such MARAC"));
        LocalDate today = LocalDate.now(clock);
        List<MeetingState> meetings = meetings(id, today);
        Map<UUID, Facts> facts = facts("r.marac_id = :id AND " + WAITING, id.value());
        return referrals.select(WAITING + " AND r.marac_id = ? ORDER BY r.referred_on, r.created_at", id.value())
                .stream().map(r -> WaitingRules.why(r, marac.name(), meetings, facts.get(r.id().value()), today))
                // facts of a referral made between the two statements are missing (null): WaitingRules allows it
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MaracReferralSummary> summary(MaracReferralId id) {
        Optional<MaracReferral> found = referrals.select("r.id = ?", id.value()).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MaracReferral r = found.get();
        boolean coordinator = Roles.coordinator();
        // a break-glass reading of the victim is not enough: it never shows her referrals to MARAC
        if (!coordinator && !access.mayViewWithoutGlass(r.victim())) {
            audit.recordRefusal(AuditAction.READ, "marac-referral", List.of(id.toString()), "no ground on the victim");
            throw new AccessDeniedException("No ground on the victim's record");
        }
        Set<PersonId> shown = coordinator ? Set.copyOf(r.perpetrators()) : access.viewableAmong(r.perpetrators());
        List<PersonId> perpetrators = r.perpetrators().stream().filter(shown::contains).toList();
        String maracName = r.marac() == null ? null : maracs.find(r.marac()).map(Marac::name).orElse("Unknown");
        Meeting listedOn = r.meeting() == null ? null : meeting(r.meeting()).map(MeetingState::meeting).orElse(null);
        WaitingReferral waiting = null;
        if (r.meeting() == null && !r.transferred()) {
            LocalDate today = LocalDate.now(clock);
            waiting = WaitingRules.why(r, maracName, r.marac() == null ? List.of() : meetings(r.marac(), today),
                    facts("r.id = :id", id.value()).get(id.value()), today);
        }
        // the referral, and each person it names on their own trail ("who has read your record"), as the agenda does
        List<String> persons = new ArrayList<>(List.of(r.victim().toString()));
        perpetrators.forEach(p -> persons.add(p.toString()));
        audit.record(AuditAction.READ, "marac-referral", List.of(id.toString()), "referral page");
        audit.record(AuditAction.READ, "person", persons, "MARAC referral " + id);
        return Optional.of(new MaracReferralSummary(r, maracName,
                partnerships.agency(r.referringAgency()).map(a -> a.name()).orElse("Unknown agency"),
                people.name(r.victim()).orElse("Unknown"),
                perpetrators.stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(),
                perpetrators.size() < r.perpetrators().size(), listedOn, waiting));
    }

    @Override
    public Placed place(MaracReferralId id, MaracMeetingId to) {
        Roles.requireCoordinator();
        // lock the case, then the meeting: two coordinators adding cases at once never overfill it, and a publish or
        // a move waits (the order of Agendas.move)
        jdbc.sql("SELECT id FROM marac_referral WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).list();
        MaracReferral r = referrals.select("r.id = ?", id.value()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such referral to MARAC"));
        Optional<MeetingState> meeting = Optional.empty();
        if (to != null) {
            jdbc.sql("SELECT id FROM marac_meeting WHERE id = ? FOR UPDATE").param(to.value()).query(UUID.class).list();
            meeting = meeting(to);
        }
        String maracName = r.marac() == null ? "its MARAC"
                : maracs.find(r.marac()).map(Marac::name).orElse("its MARAC");
        LocalDate listedOn = r.meeting() == null ? null
                : meeting(r.meeting()).map(m -> m.meeting().meetsOn()).orElse(null);
        InvalidInputException.refuseIfAny(WaitingRules.placeErrors(r, listedOn, meeting.orElse(null), to != null,
                maracName, LocalDate.now(clock)));
        MeetingState m = meeting.orElseThrow();
        listing.list(id.value(), to.value());
        audit.record(AuditAction.UPDATE, "marac-referral", List.of(id.toString(), r.victim().toString()),
                "added to meeting " + to + " (" + (m.listed() + 1) + " of " + m.capacity() + ")");
        return new Placed(r.reference(), new WaitingReferral.OpenMeeting(m.meeting(), m.listed() + 1, m.capacity()));
    }

    /** The MARAC's meetings not held, today or later, soonest first. */
    private List<MeetingState> meetings(MaracId marac, LocalDate today) {
        return jdbc.sql(MEETINGS + " WHERE m.marac_id = :marac AND m.held_at IS NULL AND m.meets_on >= :today"
                + " ORDER BY m.meets_on").param("marac", marac.value()).param("today", today)
                .query(JdbcWaitingReferrals::state).list();
    }

    private Optional<MeetingState> meeting(MaracMeetingId id) {
        return jdbc.sql(MEETINGS + " WHERE m.id = :id").param("id", id.value()).query(JdbcWaitingReferrals::state)
                .optional();
    }

    private static final String MEETINGS = """
            SELECT m.*, c.capacity, (SELECT count(*) FROM marac_referral x WHERE x.meeting_id = m.id) AS listed
            FROM marac_meeting m JOIN marac c ON c.id = m.marac_id""";

    private static MeetingState state(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        Timestamp held = rs.getTimestamp("held_at");
        return new MeetingState(new Meeting(new MaracMeetingId(rs.getObject("id", UUID.class)),
                new MaracId(rs.getObject("marac_id", UUID.class)), rs.getObject("meets_on", LocalDate.class),
                published == null ? null : published.toInstant()), held == null ? null : held.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("listed"), rs.getInt("capacity"));
    }

    /** When each referral was made, and the last meeting that adjourned it. */
    private Map<UUID, Facts> facts(String where, UUID param) {
        Map<UUID, Facts> out = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT r.id, r.created_at, (SELECT max(mt.meets_on) FROM marac_case mc
                    JOIN marac_meeting mt ON mt.id = mc.meeting_id
                    WHERE mc.marac_referral_id = r.id AND mc.outcome = 'ADJOURNED') AS adjourned_on
                FROM marac_referral r WHERE""" + " " + where).param("id", param)
                .query((rs, n) -> out.put(rs.getObject("id", UUID.class), new Facts(
                        rs.getTimestamp("created_at").toInstant(), rs.getObject("adjourned_on", LocalDate.class))))
                .list();
        return out;
    }
}
