package org.hearth.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.people.NamingPersonDataSource;
import org.hearth.people.People;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.platform.Enums;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals' part of a subject access output: every referral naming the person (as victim, perpetrator or child),
 * with the other people named in it as third parties, the referrer as staff, the narrative and triage reason as free
 * text, and a triage decision to refer to MARAC as MARAC involvement.
 */
@Component
class ReferralData extends NamingPersonDataSource {

    ReferralData(JdbcClient jdbc, People people) {
        super(jdbc, people, 20);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        UUID me = person.value();
        List<Entry> entries = jdbc.sql("""
                SELECT r.* FROM referral r WHERE r.victim_id = :p
                   OR EXISTS (SELECT 1 FROM referral_perpetrator x WHERE x.referral_id = r.id AND x.person_id = :p)
                   OR EXISTS (SELECT 1 FROM referral_child x WHERE x.referral_id = r.id AND x.person_id = :p)
                ORDER BY r.received_on, r.reference""").param("p", me).query((rs, n) -> entry(rs, me)).list();
        return new PersonDataSection("Referrals", entries);
    }

    private Entry entry(ResultSet rs, UUID me) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String k = "referral:" + id + ":";
        UUID victim = rs.getObject("victim_id", UUID.class);
        List<UUID> perpetrators = jdbc.sql("SELECT person_id FROM referral_perpetrator WHERE referral_id = ? "
                + "ORDER BY person_id").param(id).query(UUID.class).list();
        List<UUID> children = jdbc.sql("SELECT person_id FROM referral_child WHERE referral_id = ? ORDER BY person_id")
                .param(id).query(UUID.class).list();
        List<Field> f = new ArrayList<>();
        f.add(Field.own(k + "part", "You are named as", victim.equals(me) ? "The person harmed"
                : perpetrators.contains(me) ? "A person causing harm" : "A child in the household"));
        f.add(Field.own(k + "received", "Received", Dates.day(rs.getDate("received_on").toLocalDate())));
        java.sql.Date incident = rs.getDate("incident_on");
        f.add(Field.own(k + "incident", "Incident date", incident == null ? null : Dates.day(incident.toLocalDate())));
        f.add(Field.own(k + "police-reference", "Police reference", rs.getString("police_reference")));
        if (!victim.equals(me)) {
            f.add(thirdParty(k + "victim", "Person harmed", victim));
        }
        othersNamed(f, k + "perpetrator:", "Person causing harm", perpetrators, me);
        othersNamed(f, k + "child:", "Child", children, me);
        addIfAny(f, k + "referrer", "Referred by", rs.getString("referrer_name"), Kind.STAFF);
        java.sql.Array types = rs.getArray("abuse_types");
        String[] abuse = types == null ? new String[0] : (String[]) types.getArray();
        // where the person is not the one harmed, what was done and decided is about the person harmed: a third
        // party's (a perpetrator must not learn from it which services help her)
        Kind aboutHer = victim.equals(me) ? Kind.OWN : Kind.THIRD_PARTY;
        f.add(new Field(k + "abuse", "Types of abuse", abuse.length == 0 ? null
                : String.join(", ", java.util.Arrays.stream(abuse).map(Enums::words).toList()), aboutHer));
        addIfAny(f, k + "narrative", "What happened", rs.getString("narrative"), Kind.FREE_TEXT);
        String outcome = rs.getString("triage_outcome");
        if (outcome != null) {
            f.add(new Field(k + "triage", "Decision", Enums.words(outcome),
                    // MARAC involvement only when it is the requester's own; otherwise it is about her
                    "REFER_TO_MARAC".equals(outcome) && victim.equals(me) ? Kind.MARAC : aboutHer));
            f.add(new Field(k + "triage-reason", "Reason for the decision", rs.getString("triage_reason"),
                    Kind.FREE_TEXT));
        }
        return new Entry("Referral " + rs.getString("reference"), f);
    }
}
