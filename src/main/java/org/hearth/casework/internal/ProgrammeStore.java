package org.hearth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.casework.CaseId;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Perpetrator programmes, their referrals, sessions and the partner's worker's notices in PostgreSQL: SQL only, no
 * checks and no audit ({@link JdbcProgrammes} does both), and only the casework module's tables: the provider's name
 * and the recorder's name come from their modules' APIs.
 */
@Component
class ProgrammeStore {

    private static final String PROGRAMMES = """
            SELECT p.id, p.agency_id, p.name, p.court_mandated, p.places,
                   (SELECT count(*) FROM programme_referral r WHERE r.programme_id = p.id AND r.status = 'STARTED') AS taken,
                   (SELECT count(*) FROM programme_referral r WHERE r.programme_id = p.id
                      AND r.status IN ('REFERRED', 'WAITING')) AS waiting,
                   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.started_on - r.referred_on)
                      FROM programme_referral r WHERE r.programme_id = p.id AND r.started_on >= :since
                      HAVING count(*) >= 5) AS median_wait
            FROM perpetrator_programme p""";

    private static final String REFERRALS = """
            SELECT r.*, p.name AS programme_name FROM programme_referral r
            JOIN perpetrator_programme p ON p.id = r.programme_id""";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session as recorded, with the id of the member of staff who recorded it. */
    record SessionRow(LocalDate on, ProgrammeAttendance attendance, String note, UUID recordedBy) {
    }

    /** A notice to the partner's worker as recorded. */
    record NoticeRow(ProgrammeReferralId referral, String reference, String programmeName, PartnerNotice.Kind kind,
            LocalDate on, String endReason, String risk, Instant at) {
    }

    /** The programmes (the provider's name left out), each with its median wait over starts since that day. */
    List<Programme> programmes(LocalDate since) {
        return jdbc.sql(PROGRAMMES + " ORDER BY p.name").param("since", since).query(ProgrammeStore::programme).list();
    }

    Optional<Programme> programme(ProgrammeId id, LocalDate since) {
        return jdbc.sql(PROGRAMMES + " WHERE p.id = :id").param("since", since).param("id", id.value())
                .query(ProgrammeStore::programme).optional();
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        Object median = rs.getObject("median_wait");
        return new Programme(new ProgrammeId(rs.getObject("id", UUID.class)),
                new AgencyId(rs.getObject("agency_id", UUID.class)), null, rs.getString("name"),
                rs.getBoolean("court_mandated"), rs.getInt("places"), rs.getInt("taken"), rs.getInt("waiting"),
                median == null ? null : ((Number) median).doubleValue());
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM perpetrator_programme WHERE lower(name) = lower(:name))")
                .param("name", name).query(Boolean.class).single();
    }

    void addProgramme(UUID id, AgencyId provider, String name, boolean courtMandated, int places) {
        jdbc.sql("""
                INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places)
                VALUES (:id, :agency, :name, :mandated, :places)""")
                .param("id", id).param("agency", provider.value()).param("name", name)
                .param("mandated", courtMandated).param("places", places).update();
    }

    boolean runBy(ProgrammeId id, AgencyId agency) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM perpetrator_programme WHERE id = :id AND agency_id = :agency)")
                .param("id", id.value()).param("agency", agency.value()).query(Boolean.class).single();
    }

    /** Whether he has a referral to the programme that is not over. */
    boolean openReferral(ProgrammeId programme, PersonId person) {
        return jdbc.sql("""
                SELECT exists(SELECT 1 FROM programme_referral WHERE programme_id = :programme AND person_id = :person
                    AND status IN ('REFERRED', 'WAITING', 'STARTED'))""")
                .param("programme", programme.value()).param("person", person.value()).query(Boolean.class).single();
    }

    /** The partner's latest open case, whose worker hears of the programme. */
    Optional<UUID> openCase(PersonId partner) {
        return jdbc.sql("""
                SELECT id FROM casework_case WHERE person_id = :person AND status <> 'CLOSED'
                ORDER BY created_at DESC LIMIT 1""").param("person", partner.value()).query(UUID.class).optional();
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('programme_referral_number')").query(Long.class).single();
    }

    void addReferral(UUID id, String reference, ProgrammeId programme, PersonId person, PersonId partner,
            UUID partnerCase, LocalDate on, UUID by, String reason, UUID grant) {
        jdbc.sql("""
                INSERT INTO programme_referral (id, reference, programme_id, person_id, partner_person_id,
                    partner_case_id, referred_on, referred_by, reason, status, grant_id)
                VALUES (:id, :reference, :programme, :person, :partner, :partnerCase, :on, :by, :reason, 'REFERRED',
                    :grant)""")
                .param("id", id).param("reference", reference).param("programme", programme.value())
                .param("person", person.value()).param("partner", partner == null ? null : partner.value())
                .param("partnerCase", partnerCase).param("on", on).param("by", by).param("reason", reason)
                .param("grant", grant).update();
    }

    /** The referral, without its sessions. */
    Optional<ProgrammeReferral> referral(UUID id) {
        return jdbc.sql(REFERRALS + " WHERE r.id = :id").param("id", id).query(ProgrammeStore::referral).optional();
    }

    /** The programme's referrals, open first, without their sessions. */
    List<ProgrammeReferral> referrals(ProgrammeId programme) {
        return jdbc.sql(REFERRALS + """
                 WHERE r.programme_id = :programme
                ORDER BY r.status IN ('COMPLETED', 'ENDED', 'UNSUITABLE'), r.referred_on, r.reference""")
                .param("programme", programme.value()).query(ProgrammeStore::referral).list();
    }

    List<SessionRow> sessions(ProgrammeReferralId referral) {
        return jdbc.sql("""
                SELECT session_on, attendance, note, recorded_by FROM programme_session WHERE referral_id = :referral
                ORDER BY session_on""").param("referral", referral.value())
                .query((rs, n) -> new SessionRow(rs.getObject("session_on", LocalDate.class),
                        ProgrammeAttendance.valueOf(rs.getString("attendance")), rs.getString("note"),
                        rs.getObject("recorded_by", UUID.class)))
                .list();
    }

    private static ProgrammeReferral referral(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("end_reason");
        return new ProgrammeReferral(new ProgrammeReferralId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("programme_name"), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("referred_on", LocalDate.class), rs.getString("reason"),
                ProgrammeStatus.valueOf(rs.getString("status")), rs.getObject("assessed_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : ProgrammeEndReason.valueOf(reason), rs.getObject("partner_case_id") != null,
                List.of());
    }

    /** Sets the status, and the days and end reason that go with it. */
    void assessed(ProgrammeReferralId id, boolean suitable, LocalDate on) {
        jdbc.sql("""
                UPDATE programme_referral SET status = :status, assessed_on = :on, ended_on = :ended,
                    end_reason = :reason
                WHERE id = :id""")
                .param("status", suitable ? "WAITING" : "UNSUITABLE").param("on", on)
                .param("ended", suitable ? null : on).param("reason", suitable ? null : "OTHER")
                .param("id", id.value()).update();
    }

    void started(ProgrammeReferralId id, LocalDate on) {
        jdbc.sql("UPDATE programme_referral SET status = 'STARTED', started_on = :on WHERE id = :id")
                .param("on", on).param("id", id.value()).update();
    }

    void ended(ProgrammeReferralId id, LocalDate on, ProgrammeEndReason reason) {
        jdbc.sql("UPDATE programme_referral SET status = :status, ended_on = :on, end_reason = :reason WHERE id = :id")
                .param("status", reason == ProgrammeEndReason.COMPLETED ? "COMPLETED" : "ENDED").param("on", on)
                .param("reason", reason.name()).param("id", id.value()).update();
    }

    void addSession(ProgrammeReferralId id, LocalDate on, ProgrammeAttendance attendance, String note, UUID by) {
        jdbc.sql("""
                INSERT INTO programme_session (id, referral_id, session_on, attendance, note, recorded_by)
                VALUES (:id, :referral, :on, :attendance, :note, :by)""")
                .param("id", UUID.randomUUID()).param("referral", id.value()).param("on", on)
                .param("attendance", attendance.name()).param("note", note).param("by", by).update();
    }

    /** A notice for the partner's worker, when the referral has a partner's case linked. */
    void notice(ProgrammeReferralId id, PartnerNotice.Kind kind, LocalDate on, String risk) {
        jdbc.sql("""
                INSERT INTO programme_partner_notice (id, referral_id, case_id, kind, occurred_on, risk_note)
                SELECT :id, r.id, r.partner_case_id, :kind, :on, :risk FROM programme_referral r
                WHERE r.id = :referral AND r.partner_case_id IS NOT NULL""")
                .param("id", UUID.randomUUID()).param("kind", kind.name()).param("on", on).param("risk", risk)
                .param("referral", id.value()).update();
    }

    /** The need-to-know grant the referral gave the provider, if any. */
    Optional<UUID> grant(ProgrammeReferralId id) {
        return jdbc.sql("SELECT grant_id FROM programme_referral WHERE id = :id AND grant_id IS NOT NULL")
                .param("id", id.value()).query(UUID.class).optional();
    }

    List<NoticeRow> notices(CaseId partnerCase) {
        return jdbc.sql("""
                SELECT n.kind, n.occurred_on, n.risk_note, n.created_at, r.id, r.reference, r.end_reason,
                       p.name AS programme_name
                FROM programme_partner_notice n JOIN programme_referral r ON r.id = n.referral_id
                JOIN perpetrator_programme p ON p.id = r.programme_id
                WHERE n.case_id = :partnerCase ORDER BY n.created_at DESC""").param("partnerCase", partnerCase.value())
                .query((rs, n) -> new NoticeRow(new ProgrammeReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), rs.getString("programme_name"),
                        PartnerNotice.Kind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("end_reason"), rs.getString("risk_note"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A notice on one of a worker's open cases, with the case and its person. */
    record WorkerNoticeRow(UUID caseId, UUID person, String caseReference, NoticeRow notice) {
    }

    /** The notices of the last {@code days} days on the worker's open cases, newest first. */
    List<WorkerNoticeRow> recentNoticesOf(UUID worker, int days) {
        return jdbc.sql("""
                SELECT c.id AS case_id, c.person_id, c.reference AS case_reference, n.kind, n.occurred_on,
                       n.risk_note, n.created_at, r.id, r.reference, r.end_reason, p.name AS programme_name
                FROM programme_partner_notice n JOIN casework_case c ON c.id = n.case_id
                JOIN programme_referral r ON r.id = n.referral_id
                JOIN perpetrator_programme p ON p.id = r.programme_id
                WHERE c.worker_id = :worker AND c.status = 'OPEN'
                  AND n.created_at > now() - make_interval(days => :days)
                ORDER BY n.created_at DESC, c.reference""").param("worker", worker).param("days", days)
                .query((rs, n) -> new WorkerNoticeRow(rs.getObject("case_id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getString("case_reference"),
                        new NoticeRow(new ProgrammeReferralId(rs.getObject("id", UUID.class)),
                                rs.getString("reference"), rs.getString("programme_name"),
                                PartnerNotice.Kind.valueOf(rs.getString("kind")),
                                rs.getObject("occurred_on", LocalDate.class), rs.getString("end_reason"),
                                rs.getString("risk_note"), rs.getTimestamp("created_at").toInstant())))
                .list();
    }
}
