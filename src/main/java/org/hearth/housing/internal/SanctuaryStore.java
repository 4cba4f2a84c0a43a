package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.housing.Measure;
import org.hearth.housing.Tenure;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sanctuary scheme's tables: SQL only, no rules and no audit ({@link Sanctuaries} has those). */
@Repository
class SanctuaryStore {

    /** A row of {@code sanctuary_referral}. */
    record ReferralRow(UUID id, String reference, UUID person, UUID area, LocalDate referredOn, String line1,
            String line2, String town, String postcode, Tenure tenure, LocalDate consentOn, boolean highRisk,
            UUID referringAgency, UUID referredBy, UUID coordinator, UUID coordinatorGrant, UUID surveyor,
            UUID surveyorGrant, LocalDate surveyedOn, String findings, LocalDate markerRequested,
            LocalDate markerConfirmed, LocalDate followUpDue, LocalDate followedUp, String outcome, String outcomeNote,
            LocalDate closedOn) {
    }

    /** A referral to insert: its address stripped, its grants made. */
    record NewReferralRow(UUID id, String reference, UUID person, UUID area, LocalDate referredOn, String line1,
            String line2, String town, String postcode, Tenure tenure, LocalDate consentOn, boolean highRisk,
            UUID referringAgency, UUID referredBy, UUID coordinator, UUID coordinatorGrant, UUID surveyor,
            UUID surveyorGrant) {
    }

    /** A job that is not cancelled. */
    record JobRow(UUID id, String reference, Measure measure, String detail, UUID contractor, LocalDate bookedOn,
            Long costPence, LocalDate fittedOn, LocalDate safetyCheckedOn) {
    }

    /** An open job as its contractor sees it, with the home's address and the coordinator. */
    record SheetRow(UUID id, String reference, Measure measure, String detail, LocalDate bookedOn, String line1,
            String line2, String town, String postcode, UUID coordinator) {
    }

    private static final RowMapper<ReferralRow> REFERRAL = (rs, n) -> new ReferralRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getObject("person_id", UUID.class), rs.getObject("area_id", UUID.class),
            rs.getObject("referred_on", LocalDate.class), rs.getString("address_line1"),
            rs.getString("address_line2"), rs.getString("town"), rs.getString("postcode"),
            Tenure.valueOf(rs.getString("tenure")), rs.getObject("landlord_consent_on", LocalDate.class),
            rs.getBoolean("high_risk"), rs.getObject("referring_agency_id", UUID.class),
            rs.getObject("referred_by", UUID.class), rs.getObject("coordinator_id", UUID.class),
            rs.getObject("coordinator_grant_id", UUID.class), rs.getObject("surveyor_id", UUID.class),
            rs.getObject("surveyor_grant_id", UUID.class), rs.getObject("surveyed_on", LocalDate.class),
            rs.getString("survey_findings"), rs.getObject("marker_requested_on", LocalDate.class),
            rs.getObject("marker_confirmed_on", LocalDate.class), rs.getObject("follow_up_due_on", LocalDate.class),
            rs.getObject("followed_up_on", LocalDate.class), rs.getString("outcome"), rs.getString("outcome_note"),
            rs.getObject("closed_on", LocalDate.class));

    private static final RowMapper<JobRow> JOB = (rs, n) -> new JobRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), Measure.valueOf(rs.getString("measure")), rs.getString("detail"),
            rs.getObject("contractor_id", UUID.class), rs.getObject("booked_on", LocalDate.class),
            (Long) rs.getObject("cost_pence"), rs.getObject("fitted_on", LocalDate.class),
            rs.getObject("safety_checked_on", LocalDate.class));

    private static final RowMapper<SheetRow> SHEET_ROW = (rs, n) -> new SheetRow(rs.getObject("id", UUID.class),
            rs.getString("reference"), Measure.valueOf(rs.getString("measure")), rs.getString("detail"),
            rs.getObject("booked_on", LocalDate.class), rs.getString("address_line1"), rs.getString("address_line2"),
            rs.getString("town"), rs.getString("postcode"), rs.getObject("coordinator_id", UUID.class));

    private static final String SHEET = """
            SELECT j.id, j.reference, j.measure, j.detail, j.booked_on, r.address_line1, r.address_line2, r.town,
                r.postcode, r.coordinator_id, r.referring_agency_id
            FROM sanctuary_job j JOIN sanctuary_referral r ON r.id = j.referral_id
            WHERE j.contractor_id = :agency AND j.fitted_on IS NULL AND NOT j.cancelled AND r.closed_on IS NULL""";

    private final JdbcClient jdbc;

    SanctuaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReferralRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM sanctuary_referral WHERE id = :id").param("id", id).query(REFERRAL).optional();
    }

    /** The person's referrals, newest first. */
    List<ReferralRow> forPerson(UUID person) {
        return jdbc.sql("SELECT * FROM sanctuary_referral WHERE person_id = :person "
                + "ORDER BY referred_on DESC, reference DESC").param("person", person).query(REFERRAL).list();
    }

    /** The referral's jobs that are not cancelled, by booking. */
    List<JobRow> jobs(UUID referral) {
        return jdbc.sql("SELECT * FROM sanctuary_job WHERE referral_id = :referral AND NOT cancelled "
                + "ORDER BY booked_on, reference").param("referral", referral).query(JOB).list();
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('sanctuary_referral_number')").query(Long.class).single();
    }

    void insert(NewReferralRow r) {
        jdbc.sql("""
                INSERT INTO sanctuary_referral (id, reference, person_id, area_id, referred_on, address_line1,
                    address_line2, town, postcode, victim_chooses, perpetrator_absent, tenure, landlord_consent_on,
                    high_risk, referring_agency_id, referred_by, coordinator_id, coordinator_grant_id, surveyor_id,
                    surveyor_grant_id)
                VALUES (:id, :reference, :person, :area, :on, :line1, :line2, :town, :postcode, true, true, :tenure,
                    :consent, :high, :agency, :by, :coordinator, :cgrant, :surveyor, :sgrant)""")
                .param("id", r.id()).param("reference", r.reference()).param("person", r.person())
                .param("area", r.area()).param("on", r.referredOn()).param("line1", r.line1())
                .param("line2", r.line2()).param("town", r.town()).param("postcode", r.postcode())
                .param("tenure", r.tenure().name()).param("consent", r.consentOn()).param("high", r.highRisk())
                .param("agency", r.referringAgency()).param("by", r.referredBy())
                .param("coordinator", r.coordinator()).param("cgrant", r.coordinatorGrant())
                .param("surveyor", r.surveyor()).param("sgrant", r.surveyorGrant()).update();
    }

    /** The survey, and the day the marker was asked for when it is asked for the first time. */
    void survey(UUID id, LocalDate on, String findings, boolean markerRequested) {
        jdbc.sql("""
                UPDATE sanctuary_referral SET surveyed_on = :on, survey_findings = :findings,
                    marker_requested_on = CASE WHEN :marker THEN COALESCE(marker_requested_on, :on)
                        ELSE marker_requested_on END
                WHERE id = :id""").param("on", on).param("findings", findings).param("marker", markerRequested)
                .param("id", id).update();
    }

    void consent(UUID id, LocalDate on) {
        jdbc.sql("UPDATE sanctuary_referral SET landlord_consent_on = :on WHERE id = :id").param("on", on)
                .param("id", id).update();
    }

    void markerConfirmed(UUID id, LocalDate on) {
        jdbc.sql("UPDATE sanctuary_referral SET marker_confirmed_on = :on WHERE id = :id").param("on", on)
                .param("id", id).update();
    }

    /** How many jobs the referral has had (cancelled ones too): the next job's number follows. */
    int jobCount(UUID referral) {
        return jdbc.sql("SELECT count(*) FROM sanctuary_job WHERE referral_id = :referral").param("referral", referral)
                .query(Integer.class).single();
    }

    void insertJob(UUID id, UUID referral, String reference, Measure measure, String detail, UUID contractor,
            LocalDate bookedOn, Long costPence) {
        jdbc.sql("""
                INSERT INTO sanctuary_job (id, referral_id, reference, measure, detail, contractor_id, booked_on,
                    cost_pence) VALUES (:id, :referral, :reference, :measure, :detail, :contractor, :booked, :cost)""")
                .param("id", id).param("referral", referral).param("reference", reference)
                .param("measure", measure.name()).param("detail", detail).param("contractor", contractor)
                .param("booked", bookedOn).param("cost", costPence).update();
    }

    /** The day the referral's job is booked for; empty when the job is not the referral's. */
    Optional<LocalDate> jobBookedOn(UUID job, UUID referral) {
        return jdbc.sql("SELECT booked_on FROM sanctuary_job WHERE id = :job AND referral_id = :referral")
                .param("job", job).param("referral", referral).query(LocalDate.class).optional();
    }

    /** Records the job fitted; the follow-up visit falls due 3 months after the referral's last fit. */
    void jobFitted(UUID job, UUID referral, LocalDate fittedOn, LocalDate safetyCheckedOn) {
        jdbc.sql("UPDATE sanctuary_job SET fitted_on = :fitted, safety_checked_on = :checked WHERE id = :job")
                .param("fitted", fittedOn).param("checked", safetyCheckedOn).param("job", job).update();
        // the follow-up visit: 3 months after the last measure fitted (the guide says 3 to 6)
        jdbc.sql("""
                UPDATE sanctuary_referral SET follow_up_due_on = (SELECT max(fitted_on) FROM sanctuary_job
                    WHERE referral_id = :id AND NOT cancelled) + INTERVAL '3 months' WHERE id = :id""")
                .param("id", referral).update();
    }

    void close(UUID id, LocalDate followedUpOn, String outcome, String note) {
        jdbc.sql("""
                UPDATE sanctuary_referral SET followed_up_on = :on, outcome = :outcome, outcome_note = :note,
                    closed_on = :on WHERE id = :id""").param("on", followedUpOn).param("outcome", outcome)
                .param("note", note).param("id", id).update();
    }

    /** The contractor agency's open jobs, by booking. */
    List<SheetRow> sheets(UUID agency) {
        return jdbc.sql(SHEET + " ORDER BY j.booked_on, j.reference").param("agency", agency).query(SHEET_ROW).list();
    }

    Optional<SheetRow> sheet(UUID agency, UUID job) {
        return jdbc.sql(SHEET + " AND j.id = :job").param("agency", agency).param("job", job).query(SHEET_ROW)
                .optional();
    }
}
