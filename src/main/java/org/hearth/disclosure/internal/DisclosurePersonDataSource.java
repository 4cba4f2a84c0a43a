package org.hearth.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.people.NamingPersonDataSource;
import org.hearth.people.People;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clare's Law's part of a subject access output: the applications in which the person is the person at risk, the
 * applicant or the one told, with the others named as third parties (the subject, the person at risk, a third-party
 * applicant, the recipient), the forum's members and who delivered the disclosure as staff, and every text (the
 * rationale, which is about the subject's past, the safety plan, notes) as free text.
 *
 * <p><b>Never an application about the person as its subject.</b> An application is made to protect someone else from
 * him; that one exists is itself protected (the scheme's records exist to nobody outside the disclosure team, and even
 * the retention review names only a {@code RetentionFact.CONFIDENTIAL_HOLD}). Telling him, even as a line "withheld",
 * would tell him that she or someone close to her asked about him, which is the danger the scheme guards against: the
 * information is withheld under the crime and taxation exemption (DPA 2018 Sch. 2 para. 2) and the third-party rule
 * (Sch. 2 para. 16), so the section leaves it out altogether, as MARAC is left out for him. The agencies' answers to
 * the team's checks are his information held for her protection and are never part of anyone's output.
 */
@Component
class DisclosurePersonDataSource extends NamingPersonDataSource {

    DisclosurePersonDataSource(JdbcClient jdbc, People people) {
        super(jdbc, people, 65);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        // the subject's own applications are never selected (see above): only as person at risk, applicant or recipient
        List<Entry> entries = jdbc.sql("""
                SELECT * FROM disclosure_application WHERE person_at_risk_id = :p OR applicant_id = :p
                    OR recipient_id = :p ORDER BY received_on, reference""").param("p", person.value())
                .query((rs, n) -> entry(rs, person.value())).list();
        return new PersonDataSection("Clare's Law (the disclosure scheme)", entries);
    }

    private Entry entry(ResultSet rs, UUID me) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String k = "disclosure:" + id + ":";
        List<Field> f = new ArrayList<>();
        f.add(Field.own(k + "route", "Route", Route.valueOf(rs.getString("route")).label()));
        f.add(Field.own(k + "received", "Received on", day(rs, "received_on")));
        UUID atRisk = rs.getObject("person_at_risk_id", UUID.class);
        UUID applicant = rs.getObject("applicant_id", UUID.class);
        UUID recipient = rs.getObject("recipient_id", UUID.class);
        List<String> parts = new ArrayList<>();
        if (me.equals(atRisk)) {
            parts.add("the person at risk");
        }
        if (me.equals(applicant)) {
            parts.add("the applicant");
        }
        if (me.equals(recipient)) {
            parts.add("the person told");
        }
        f.add(Field.own(k + "part", "You are", String.join(" and ", parts)));
        if (applicant != null && !applicant.equals(me)) {
            f.add(thirdParty(k + "applicant", "Applicant", applicant));
        }
        if (rs.getString("applicant_relationship") != null && !me.equals(applicant)) {
            f.add(new Field(k + "relationship", "The applicant's relationship", rs.getString("applicant_relationship"),
                    Kind.THIRD_PARTY));
        }
        if (!atRisk.equals(me)) {
            f.add(thirdParty(k + "at-risk", "The person at risk", atRisk));
        }
        f.add(thirdParty(k + "subject", "The person the application is about",
                rs.getObject("subject_id", UUID.class)));
        addIfAny(f, k + "immediate", "Immediate risk: what was done",
                rs.getString("immediate_risk_action"), Kind.FREE_TEXT);
        f.addAll(jdbc.sql("SELECT stage, reached_on, note FROM disclosure_stage WHERE application_id = ? "
                + "ORDER BY reached_on").param(id).query((r, m) -> {
                    String stage = r.getString("stage");
                    List<Field> sf = new ArrayList<>();
                    sf.add(Field.own(k + "stage:" + stage, Stage.valueOf(stage).label(),
                            Dates.day(r.getObject("reached_on", LocalDate.class))));
                    addIfAny(sf, k + "stage-note:" + stage, "Note", r.getString("note"), Kind.FREE_TEXT);
                    return sf;
                }).list().stream().flatMap(List::stream).toList());
        if (rs.getString("risk_level") != null) {
            // the risk he poses comes from his history: his information, withheld until reviewed (released as it is,
            // it would undo a forum's decision not to disclose)
            f.add(new Field(k + "risk", "Risk found", RiskLevel.valueOf(rs.getString("risk_level")).label() + ", "
                    + day(rs, "risk_assessed_on"), Kind.THIRD_PARTY));
        }
        if (rs.getObject("forum_on", LocalDate.class) != null) {
            f.add(Field.own(k + "forum", "Decision forum", day(rs, "forum_on")));
            f.add(new Field(k + "forum-members", "At the forum", rs.getString("forum_members"), Kind.STAFF));
        }
        String decision = rs.getString("decision");
        if (decision != null) {
            f.add(Field.own(k + "decision", "Decision", decision.equals("DISCLOSE") ? "To disclose" : "Not to disclose"));
            // the rationale weighs the subject's past: his information
            for (String part : List.of("lawful", "necessary", "proportionate")) {
                f.add(new Field(k + part, "Why " + part, rs.getString(part), Kind.FREE_TEXT));
            }
        }
        if (rs.getObject("closed_on", LocalDate.class) != null) {
            f.add(Field.own(k + "closed", "Closed on", day(rs, "closed_on")));
        }
        if (recipient != null && !recipient.equals(me)) {
            f.add(thirdParty(k + "recipient", "Told", recipient));
        }
        addIfAny(f, k + "delivered-by", "Told by", rs.getString("delivered_by"), Kind.STAFF);
        addIfAny(f, k + "safety-plan", "Safety plan", rs.getString("safety_plan"), Kind.FREE_TEXT);
        addIfAny(f, k + "no-disclosure", "Why nothing was disclosed",
                rs.getString("no_disclosure_reason"), Kind.FREE_TEXT);
        return new Entry("Application " + rs.getString("reference"), f);
    }
}
