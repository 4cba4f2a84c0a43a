package org.hearth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.CaseId;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.casework.Programmes;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perpetrator programmes: see {@link Programmes}. The programme's staff are the casework roles of its provider
 * agency; the partner's worker reads only the notices, through {@link JdbcCasework#readable}.
 */
@Service
@Transactional
class JdbcProgrammes implements Programmes {

    static final String BASIS = "casework-programme";
    static final int MAX_TEXT = 5000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PersonAccess access;
    private final Partnerships partnerships;
    private final JdbcCasework casework;
    private final Clock clock = Clock.system(JdbcCasework.UK);

    JdbcProgrammes(JdbcClient jdbc, AuditTrail audit, PersonAccess access, Partnerships partnerships,
            JdbcCasework casework) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.partnerships = partnerships;
        this.casework = casework;
    }

    // ------------------------------------------------------------------------------------------- programmes

    private static final String PROGRAMMES = """
            SELECT p.id, p.agency_id, a.name AS agency_name, p.name, p.court_mandated, p.places,
                   (SELECT count(*) FROM programme_referral r WHERE r.programme_id = p.id AND r.status = 'STARTED') AS taken,
                   (SELECT count(*) FROM programme_referral r WHERE r.programme_id = p.id
                      AND r.status IN ('REFERRED', 'WAITING')) AS waiting,
                   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.started_on - r.referred_on)
                      FROM programme_referral r WHERE r.programme_id = p.id AND r.started_on >= ?
                      HAVING count(*) >= 5) AS median_wait
            FROM perpetrator_programme p JOIN agency a ON a.id = p.agency_id""";

    private static Programme programme(ResultSet rs) throws SQLException {
        Object median = rs.getObject("median_wait");
        return new Programme(new ProgrammeId(rs.getObject("id", UUID.class)),
                new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("agency_name"), rs.getString("name"),
                rs.getBoolean("court_mandated"), rs.getInt("places"), rs.getInt("taken"), rs.getInt("waiting"),
                median == null ? null : ((Number) median).doubleValue());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Programme> all() {
        Roles.actor();
        return jdbc.sql(PROGRAMMES + " ORDER BY p.name").param(LocalDate.now(clock).minusYears(1))
                .query((rs, n) -> programme(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Programme> find(ProgrammeId id) {
        Roles.actor();
        return jdbc.sql(PROGRAMMES + " WHERE p.id = ?").params(LocalDate.now(clock).minusYears(1), id.value())
                .query((rs, n) -> programme(rs)).optional();
    }

    @Override
    public Programme create(AgencyId provider, String name, boolean courtMandated, Integer places) {
        if (!Roles.admin()) {
            throw new AccessDeniedException("Programmes are set up by system administrators");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (provider == null || partnerships.agency(provider).isEmpty()) {
            errors.put("agency", "Choose the agency that runs the programme");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.put("name", "Enter the name of the programme");
        } else if (n.length() > 200) {
            errors.put("name", "The name must be 200 characters or fewer");
        } else if (jdbc.sql("SELECT count(*) FROM perpetrator_programme WHERE lower(name) = lower(?)").param(n)
                .query(Long.class).single() > 0) {
            errors.put("name", "There is already a programme called " + n);
        }
        if (places == null || places < 1 || places > 1000) {
            errors.put("places", "Enter the number of places as a whole number from 1 to 1000");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places) VALUES (?, ?, ?, ?, ?)")
                .params(id, provider.value(), n, courtMandated, places).update();
        audit.record(AuditAction.CREATE, "perpetrator-programme", List.of(id.toString()), "programme added");
        return find(new ProgrammeId(id)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean staffOf(ProgrammeId id) {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient() || !Roles.casework()) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM perpetrator_programme WHERE id = ? AND agency_id = ?")
                .params(id.value(), me.agency().value()).query(Long.class).single() > 0;
    }

    private void mustBeStaff(ProgrammeId id) {
        if (!staffOf(id)) {
            throw new AccessDeniedException("Not the programme's staff");
        }
    }

    // ------------------------------------------------------------------------------------------- referrals

    @Override
    public ProgrammeReferral refer(PersonId perpetrator, ProgrammeId programme, PersonId partner, String reason) {
        Actor me = Roles.staff();
        if (!Roles.casework() || perpetrator == null || !access.holdsGround(perpetrator)) {
            throw new AccessDeniedException("No ground on this record");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Programme> p = programme == null ? Optional.empty() : find(programme);
        if (p.isEmpty()) {
            errors.put("programme", "Choose the programme to refer to");
        } else if (jdbc.sql("""
                SELECT count(*) FROM programme_referral WHERE programme_id = ? AND person_id = ?
                AND status IN ('REFERRED', 'WAITING', 'STARTED')""").params(programme.value(), perpetrator.value())
                .query(Long.class).single() > 0) {
            errors.put("programme", "This person already has an open referral to " + p.get().name());
        }
        if (partner != null && (partner.equals(perpetrator) || !access.holdsGround(partner))) {
            errors.put("partner", "Choose the partner from the people on this person's record");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "Say why you are referring: the abuse and what the programme should address");
        } else if (why.length() > MAX_TEXT) {
            errors.put("reason", "The reason must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID partnerCase = partner == null ? null : jdbc.sql("""
                SELECT id FROM casework_case WHERE person_id = ? AND status <> 'CLOSED'
                ORDER BY created_at DESC LIMIT 1""").param(partner.value()).query(UUID.class).optional().orElse(null);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        long number = jdbc.sql("SELECT nextval('programme_referral_number')").query(Long.class).single();
        String reference = "PP-" + today.getYear() + "-" + String.format("%05d", number);
        UUID grant = access.grant(perpetrator, GrantHolder.agency(p.get().agency()), AccessGround.ALLOCATED,
                AccessScope.RECORD, null, GrantBasis.of(BASIS, id)).id();
        jdbc.sql("""
                INSERT INTO programme_referral (id, reference, programme_id, person_id, partner_person_id,
                    partner_case_id, referred_on, referred_by, reason, status, grant_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REFERRED', ?)""").params(id, reference, programme.value(),
                perpetrator.value(), partner == null ? null : partner.value(), partnerCase, today, me.actorId(), why,
                grant).update();
        List<String> ids = new ArrayList<>(List.of(perpetrator.toString()));
        if (partner != null) {
            ids.add(partner.toString());
        }
        ids.add(id.toString());
        audit.record(AuditAction.CREATE, "person", ids, "casework: referral to a perpetrator programme "
                + reference + (partnerCase == null ? "" : ", partner's worker linked"));
        return load(id).orElseThrow();
    }

    private Optional<ProgrammeReferral> load(UUID id) {
        Optional<ProgrammeReferral> r = jdbc.sql("""
                SELECT r.*, p.name AS programme_name FROM programme_referral r
                JOIN perpetrator_programme p ON p.id = r.programme_id WHERE r.id = ?""").param(id)
                .query((rs, n) -> referral(rs, List.of())).optional();
        return r.map(x -> withSessions(x));
    }

    private ProgrammeReferral withSessions(ProgrammeReferral r) {
        List<ProgrammeReferral.Session> sessions = jdbc.sql("""
                SELECT s.session_on, s.attendance, s.note, u.display_name FROM programme_session s
                JOIN staff_user u ON u.id = s.recorded_by WHERE s.referral_id = ? ORDER BY s.session_on""")
                .param(r.id().value()).query((rs, n) -> new ProgrammeReferral.Session(
                        rs.getObject(1, LocalDate.class), ProgrammeAttendance.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))).list();
        return new ProgrammeReferral(r.id(), r.reference(), r.programme(), r.programmeName(), r.person(),
                r.referredOn(), r.reason(), r.status(), r.assessedOn(), r.startedOn(), r.endedOn(), r.endReason(),
                r.partnerLinked(), sessions);
    }

    private static ProgrammeReferral referral(ResultSet rs, List<ProgrammeReferral.Session> sessions)
            throws SQLException {
        String reason = rs.getString("end_reason");
        return new ProgrammeReferral(new ProgrammeReferralId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("programme_name"), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("referred_on", LocalDate.class), rs.getString("reason"),
                ProgrammeStatus.valueOf(rs.getString("status")), rs.getObject("assessed_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : ProgrammeEndReason.valueOf(reason), rs.getObject("partner_case_id") != null,
                sessions);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeReferral> referrals(ProgrammeId programme) {
        mustBeStaff(programme);
        List<ProgrammeReferral> list = jdbc.sql("""
                SELECT r.*, p.name AS programme_name FROM programme_referral r
                JOIN perpetrator_programme p ON p.id = r.programme_id WHERE r.programme_id = ?
                ORDER BY r.status IN ('COMPLETED', 'ENDED', 'UNSUITABLE'), r.referred_on, r.reference""")
                .param(programme.value()).query((rs, n) -> referral(rs, List.of())).list();
        if (!list.isEmpty()) {
            audit.record(AuditAction.READ, "person", list.stream().map(r -> r.person().toString()).distinct().toList(),
                    "casework: perpetrator programme referrals");
        }
        return list;
    }

    /** The referral for its programme's staff; 404 for none, 403 for anyone else. */
    private ProgrammeReferral staffReferral(ProgrammeReferralId id) {
        ProgrammeReferral r = load(id.value()).orElseThrow(() -> new java.util.NoSuchElementException("No such referral"));
        mustBeStaff(r.programme());
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeReferral> referral(ProgrammeReferralId id) {
        if (load(id.value()).isEmpty()) {
            return Optional.empty();
        }
        ProgrammeReferral r = staffReferral(id);
        audit.record(AuditAction.READ, "person", List.of(r.person().toString(), id.toString()),
                "casework: perpetrator programme referral");
        return Optional.of(r);
    }

    private static LocalDate day(LocalDate on, LocalDate since, Map<String, String> errors, LocalDate today) {
        if (on == null) {
            errors.put("on", "Enter the date");
        } else if (on.isAfter(today)) {
            errors.put("on", "The date must be today or in the past");
        } else if (since != null && on.isBefore(since)) {
            errors.put("on", "The date must be on or after " + Dates.DAY.format(since));
        }
        return on;
    }

    private void status(ProgrammeReferral r, ProgrammeStatus... allowed) {
        for (ProgrammeStatus s : allowed) {
            if (r.status() == s) {
                return;
            }
        }
        throw InvalidInputException.of("status", r.reference() + " is " + r.status().label().toLowerCase(java.util.Locale.UK));
    }

    @Override
    public ProgrammeReferral assess(ProgrammeReferralId id, Boolean suitable, LocalDate on) {
        ProgrammeReferral r = staffReferral(id);
        status(r, ProgrammeStatus.REFERRED);
        Map<String, String> errors = new LinkedHashMap<>();
        if (suitable == null) {
            errors.put("suitable", "Say whether he is suitable for the programme");
        }
        day(on, r.referredOn(), errors, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE programme_referral SET status = ?, assessed_on = ?, ended_on = ?, end_reason = ? WHERE id = ?")
                .params(suitable ? "WAITING" : "UNSUITABLE", on, suitable ? null : on, suitable ? null : "OTHER",
                        id.value()).update();
        if (!suitable) {
            endGrant(id);
        }
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme assessment " + (suitable ? "suitable" : "not suitable"));
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral start(ProgrammeReferralId id, LocalDate on) {
        ProgrammeReferral r = staffReferral(id);
        status(r, ProgrammeStatus.WAITING);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.assessedOn(), errors, LocalDate.now(clock));
        Programme p = find(r.programme()).orElseThrow();
        if (p.freePlaces() == 0) {
            errors.put("on", p.name() + " has no free place: all " + p.places() + " are taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE programme_referral SET status = 'STARTED', started_on = ? WHERE id = ?").params(on, id.value())
                .update();
        notice(id, PartnerNotice.Kind.STARTED, on, null);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme started");
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral recordSession(ProgrammeReferralId id, LocalDate on, ProgrammeAttendance attendance,
            String note) {
        ProgrammeReferral r = staffReferral(id);
        status(r, ProgrammeStatus.STARTED);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.startedOn(), errors, LocalDate.now(clock));
        if (on != null && r.sessions().stream().anyMatch(s -> s.on().equals(on))) {
            errors.put("on", "A session on " + Dates.DAY.format(on) + " is already recorded");
        }
        if (attendance == null) {
            errors.put("attendance", "Choose whether he attended");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_TEXT) {
            errors.put("note", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                INSERT INTO programme_session (id, referral_id, session_on, attendance, note, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id.value(), on, attendance.name(),
                text.isEmpty() ? null : text, Roles.staff().actorId()).update();
        if (attendance == ProgrammeAttendance.MISSED) {
            notice(id, PartnerNotice.Kind.MISSED, on, null);
        }
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme session " + attendance);
        return load(id.value()).orElseThrow();
    }

    @Override
    public ProgrammeReferral end(ProgrammeReferralId id, LocalDate on, ProgrammeEndReason reason) {
        ProgrammeReferral r = staffReferral(id);
        status(r, ProgrammeStatus.REFERRED, ProgrammeStatus.WAITING, ProgrammeStatus.STARTED);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.startedOn() != null ? r.startedOn() : r.referredOn(), errors, LocalDate.now(clock));
        if (reason == null) {
            errors.put("reason", "Choose whether he completed the programme or why it stopped");
        } else if (reason == ProgrammeEndReason.COMPLETED && r.status() != ProgrammeStatus.STARTED) {
            errors.put("reason", "Only someone on the programme can complete it: choose why it stopped");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean completed = reason == ProgrammeEndReason.COMPLETED;
        jdbc.sql("UPDATE programme_referral SET status = ?, ended_on = ?, end_reason = ? WHERE id = ?")
                .params(completed ? "COMPLETED" : "ENDED", on, reason.name(), id.value()).update();
        notice(id, completed ? PartnerNotice.Kind.COMPLETED : PartnerNotice.Kind.ENDED, on, null);
        endGrant(id);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme ended " + reason);
        return load(id.value()).orElseThrow();
    }

    @Override
    public void tellPartnerWorker(ProgrammeReferralId id, String risk) {
        ProgrammeReferral r = staffReferral(id);
        String text = risk == null ? "" : risk.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("risk", "Enter what the partner's worker needs to know of the risk");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("risk", "The risk must be " + MAX_TEXT + " characters or fewer");
        }
        if (!r.partnerLinked()) {
            throw InvalidInputException.of("risk", "The partner has no support worker linked: tell the partnership's "
                    + "IDVA service or the police by the usual route");
        }
        notice(id, PartnerNotice.Kind.RISK, LocalDate.now(clock), text);
        audit.record(AuditAction.UPDATE, "person", List.of(r.person().toString(), id.toString()),
                "casework: programme risk told to the partner's worker");
    }

    private void notice(ProgrammeReferralId id, PartnerNotice.Kind kind, LocalDate on, String risk) {
        jdbc.sql("""
                INSERT INTO programme_partner_notice (id, referral_id, case_id, kind, occurred_on, risk_note)
                SELECT ?, r.id, r.partner_case_id, ?, ?, ? FROM programme_referral r
                WHERE r.id = ? AND r.partner_case_id IS NOT NULL""").params(UUID.randomUUID(), kind.name(), on, risk,
                id.value()).update();
    }

    private void endGrant(ProgrammeReferralId id) {
        jdbc.sql("SELECT grant_id FROM programme_referral WHERE id = ? AND grant_id IS NOT NULL").param(id.value())
                .query(UUID.class).optional().ifPresent(access::end);
    }

    static String words(PartnerNotice.Kind kind, String endReason, String risk) {
        return switch (kind) {
            case STARTED -> "He started the programme";
            case MISSED -> "He did not attend a session";
            case COMPLETED -> "He completed the programme";
            case ENDED -> "He left the programme: " + (endReason == null ? "stopped"
                    : ProgrammeEndReason.valueOf(endReason).label().replace("Stopped: ", ""));
            case RISK -> "Risk from the programme: " + risk;
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerNotice> noticesFor(CaseId partnerCase) {
        casework.readable(partnerCase, "perpetrator programme notices");
        return jdbc.sql("""
                SELECT n.kind, n.occurred_on, n.risk_note, n.created_at, r.id, r.reference, r.end_reason,
                       p.name AS programme_name
                FROM programme_partner_notice n JOIN programme_referral r ON r.id = n.referral_id
                JOIN perpetrator_programme p ON p.id = r.programme_id
                WHERE n.case_id = ? ORDER BY n.created_at DESC""").param(partnerCase.value()).query((rs, n) -> {
                    PartnerNotice.Kind kind = PartnerNotice.Kind.valueOf(rs.getString("kind"));
                    return new PartnerNotice(new ProgrammeReferralId(rs.getObject("id", UUID.class)),
                            rs.getString("reference"), rs.getString("programme_name"), kind,
                            rs.getObject("occurred_on", LocalDate.class),
                            words(kind, rs.getString("end_reason"), rs.getString("risk_note")),
                            rs.getTimestamp("created_at").toInstant());
                }).list();
    }
}
