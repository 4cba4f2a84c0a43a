package org.hearth.housing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.Measure;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.housing.Tenure;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.people.SqlPersonDataSource;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Housing's part of a subject access output: the person's own sanctuary referrals (the home made safe, the survey, the
 * jobs, the police marker, the follow-up and outcome) and refuge referrals (the provider, needs, outcome, the stay).
 * Only the records of which the person is the subject (a victim's): no housing record names a person causing harm, so
 * he finds nothing of hers here. The home's address and the refuge's name are {@link Kind#CONFIDENTIAL}: they locate
 * her, so they are flagged for anyone but the person at risk herself and whenever a representative asks. Survey
 * findings, job details and notes are free text. A small query class of its own (not {@code JdbcHousing}).
 */
@Component
class HousingPersonDataSource extends SqlPersonDataSource {

    HousingPersonDataSource(JdbcClient jdbc) {
        super(jdbc, 70);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        List<Entry> entries = new ArrayList<>(jdbc.sql("""
                SELECT s.*, a.name AS referring_agency FROM sanctuary_referral s
                JOIN agency a ON a.id = s.referring_agency_id WHERE s.person_id = ? ORDER BY s.referred_on, s.reference""")
                .param(person.value()).query(this::sanctuary).list());
        entries.addAll(jdbc.sql("""
                SELECT r.*, p.name AS provider, ar.name AS area, a.name AS referring_agency FROM refuge_referral r
                JOIN refuge_provider p ON p.id = r.provider_id LEFT JOIN area ar ON ar.id = r.area_id
                JOIN agency a ON a.id = r.referring_agency_id WHERE r.person_id = ?
                ORDER BY r.referred_on, r.reference""").param(person.value()).query(this::refuge).list());
        return new PersonDataSection("Housing: sanctuary and refuge", entries);
    }

    private Entry sanctuary(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String k = "sanctuary:" + id + ":";
        List<Field> f = referred(k, rs);
        String line2 = rs.getString("address_line2");
        f.add(new Field(k + "address", "The home made safe", rs.getString("address_line1")
                + (line2 == null ? "" : ", " + line2) + ", " + rs.getString("town") + ", " + rs.getString("postcode"),
                Kind.CONFIDENTIAL));
        f.add(Field.own(k + "tenure", "Tenure", Tenure.valueOf(rs.getString("tenure")).label()));
        addIfAny(f, k + "surveyed", "Police security survey", day(rs, "surveyed_on"), Kind.OWN);
        addIfAny(f, k + "findings", "Survey findings", rs.getString("survey_findings"), Kind.FREE_TEXT);
        addIfAny(f, k + "marker-requested", "Police marker requested", day(rs, "marker_requested_on"), Kind.OWN);
        addIfAny(f, k + "marker-confirmed", "Police marker confirmed", day(rs, "marker_confirmed_on"), Kind.OWN);
        f.addAll(jdbc.sql("""
                SELECT j.id, j.measure, j.detail, j.booked_on, j.fitted_on, j.cancelled, a.name AS contractor
                FROM sanctuary_job j JOIN agency a ON a.id = j.contractor_id WHERE j.referral_id = ?
                ORDER BY j.booked_on, j.reference""").param(id).query((r, m) -> {
                    String job = "sanctuary-job:" + r.getObject("id", UUID.class) + ":";
                    LocalDate fitted = r.getObject("fitted_on", LocalDate.class);
                    List<Field> jf = new ArrayList<>();
                    jf.add(Field.own(job + "measure", Measure.valueOf(r.getString("measure")).label(), "Booked "
                            + Dates.day(r.getObject("booked_on", LocalDate.class)) + " with "
                            + r.getString("contractor") + (r.getBoolean("cancelled") ? ", cancelled"
                                    : fitted == null ? "" : ", fitted " + Dates.day(fitted))));
                    addIfAny(jf, job + "detail", "Details of the work", r.getString("detail"), Kind.FREE_TEXT);
                    return jf;
                }).list().stream().flatMap(List::stream).toList());
        addIfAny(f, k + "follow-up-due", "Follow-up due", day(rs, "follow_up_due_on"), Kind.OWN);
        addIfAny(f, k + "followed-up", "Followed up", day(rs, "followed_up_on"), Kind.OWN);
        if (rs.getString("outcome") != null) {
            f.add(Field.own(k + "outcome", "Outcome", SanctuaryOutcome.valueOf(rs.getString("outcome")).label()
                    + ", " + day(rs, "closed_on")));
        }
        addIfAny(f, k + "outcome-note", "About the outcome", rs.getString("outcome_note"), Kind.FREE_TEXT);
        return new Entry("Sanctuary scheme " + rs.getString("reference"), f);
    }

    /** A referral's fields, starting with when and by whom it was made. */
    private static List<Field> referred(String k, ResultSet rs) throws SQLException {
        List<Field> f = new ArrayList<>();
        f.add(Field.own(k + "referred", "Referred on", day(rs, "referred_on")));
        f.add(Field.own(k + "agency", "Referred by", rs.getString("referring_agency")));
        return f;
    }

    private Entry refuge(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String k = "refuge-referral:" + id + ":";
        List<Field> f = referred(k, rs);
        // the refuge's name narrows down where she is: hers to know, flagged for anyone else
        f.add(new Field(k + "provider", "Refuge", rs.getString("provider"), Kind.CONFIDENTIAL));
        addIfAny(f, k + "area", "Area", rs.getString("area"), Kind.OWN);
        f.add(Field.own(k + "children", "Children with you", String.valueOf(rs.getInt("children"))));
        List<String> needs = new ArrayList<>();
        if (rs.getBoolean("older_son")) {
            needs.add("an older son");
        }
        if (rs.getBoolean("disability")) {
            needs.add("disabled access");
        }
        if (rs.getBoolean("language")) {
            needs.add("language support");
        }
        if (rs.getBoolean("nrpf")) {
            needs.add("no recourse to public funds");
        }
        if (!needs.isEmpty()) {
            f.add(Field.own(k + "needs", "Needs", String.join(", ", needs)));
        }
        addIfAny(f, k + "needs-note", "About the needs", rs.getString("needs_note"), Kind.FREE_TEXT);
        if (rs.getString("outcome") != null) {
            f.add(Field.own(k + "outcome", "Outcome", RefugeOutcome.valueOf(rs.getString("outcome")).label()
                    + (rs.getString("outcome_reason") == null ? ""
                            : " (" + DeclineReason.valueOf(rs.getString("outcome_reason")).label() + ")")
                    + ", " + day(rs, "outcome_on")));
        }
        addIfAny(f, k + "outcome-note", "About the outcome", rs.getString("outcome_note"), Kind.FREE_TEXT);
        addIfAny(f, k + "moved-in", "Moved in", day(rs, "moved_in_on"), Kind.OWN);
        addIfAny(f, k + "moved-out", "Moved out", day(rs, "moved_out_on"), Kind.OWN);
        return new Entry("Refuge referral " + rs.getString("reference"), f);
    }
}
