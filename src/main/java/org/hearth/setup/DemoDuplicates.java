package org.hearth.setup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic possible duplicates for the demo: records of one person made twice through the API (a nickname, a
 * swapped day and month of birth, a misspelt surname, and one man named by two victims under two records), each
 * with its own referral. The matching engine's first search of the register, in the background just after the
 * first start, puts them on the hub's list of possible duplicates; merging one makes a repeat victim (or a serial
 * perpetrator). Invented names, dates and postcodes only; the same every time.
 */
final class DemoDuplicates {

    private record Twin(String given, String family, String dob, String otherGiven, String otherFamily,
            String otherDob, String sex, String postcode, boolean perpetrator) {
    }

    private static final List<Twin> TWINS = List.of(
            new Twin("Rebecca", "Ashcombe", "1988-03-14", "Becky", "Ashcombe", "1988-03-14", "FEMALE", "NF1 4QT", false),
            new Twin("Aisha", "Rahmani", "1995-07-02", "Aisha", "Rahmani", "1995-02-07", "FEMALE", "NF3 2LP", false),
            new Twin("Gemma", "Sutcliffe", "1983-11-20", "Gemma", "Sutclife", "1983-11-20", "FEMALE", "NF2 8RW", false),
            new Twin("Darren", "Holdsworth", "1979-05-05", "Darren", "Holdsworth", "1979-05-05", "MALE", "NF4 6HD", true));

    private final JdbcTemplate jdbc;

    DemoDuplicates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(List<Agency> agencies, List<StaffUser> users, LocalDate today) {
        Agency police = agencies.stream().filter(a -> a.sector() == Sector.POLICE).findFirst().orElseThrow();
        Agency other = agencies.stream().filter(a -> a.sector() != Sector.POLICE).findFirst().orElse(police);
        UUID creator = users.get(0).id().value();
        int n = 0;
        for (Twin t : TWINS) {
            UUID first = person(t.given(), t.family(), t.dob(), t.sex(), t.postcode(), creator, n * 2);
            UUID second = person(t.otherGiven(), t.otherFamily(), t.otherDob(), t.sex(), t.postcode(), creator, n * 2 + 1);
            if (t.perpetrator()) {
                UUID victimA = person("Leanne", "Pryor", "1990-09-12", "FEMALE", "NF4 6HD", creator, 100 + n * 2);
                UUID victimB = person("Sonia", "Marchetti", "1987-01-30", "FEMALE", "NF1 9BB", creator, 101 + n * 2);
                referral(victimA, first, police, today.minusDays(70), n * 2);
                referral(victimB, second, other, today.minusDays(9), n * 2 + 1);
            } else {
                referral(first, null, police, today.minusDays(120 - n * 10), n * 2);
                referral(second, null, other, today.minusDays(6 + n), n * 2 + 1);
            }
            n++;
        }
    }

    private UUID person(String given, String family, String dob, String sex, String postcode, UUID creator, int k) {
        UUID id = UUID.nameUUIDFromBytes(("demo-duplicate-person-" + k).getBytes());
        jdbc.update("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                id, given, family, Date.valueOf(dob), sex, creator);
        jdbc.update("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date) VALUES (?, ?, ?, 'Northfield', ?, ?)",
                UUID.nameUUIDFromBytes(("demo-duplicate-address-" + k).getBytes()), id, (10 + k) + " Larch Close", postcode,
                Date.valueOf(LocalDate.of(2020, 1, 1)));
        return id;
    }

    private void referral(UUID victim, UUID perpetrator, Agency agency, LocalDate received, int k) {
        UUID id = UUID.nameUUIDFromBytes(("demo-duplicate-referral-" + k).getBytes());
        jdbc.update("""
                INSERT INTO referral (id, reference, source, referring_agency_id, referrer_name, received_on, incident_on,
                    victim_id, relationship, abuse_types, consent, narrative)
                VALUES (?, ?, ?, ?, 'Demo system', ?, ?, ?, 'INTIMATE_PARTNER', '{PHYSICAL}', 'GIVEN', ?)""",
                id, "D" + received.getYear() + "-" + String.format("%06d", k + 1),
                "API", agency.id().value(), Date.valueOf(received),
                Date.valueOf(received.minusDays(1)), victim, "Synthetic demo referral about a person recorded twice.");
        if (perpetrator != null) {
            jdbc.update("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)", id, perpetrator);
        }
        grant(victim, agency, id);
        if (perpetrator != null) {
            grant(perpetrator, agency, id);
        }
    }

    /** The referring agency's REFERRER grant on a person its demo referral names (once per person and agency). */
    private void grant(UUID person, Agency agency, UUID referral) {
        jdbc.update("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, basis_kind, basis_id)
                SELECT ?, ?, 'REFERRER', 'RECORD', ?, 'referral', ? WHERE NOT EXISTS (SELECT 1 FROM person_access_grant
                    WHERE person_id = ? AND agency_id = ? AND ground = 'REFERRER' AND ended_at IS NULL)""",
                UUID.randomUUID(), person, agency.id().value(), referral.toString(), person, agency.id().value());
    }
}
