package org.hearth.setup;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's Operation Encompass and GP practices: per area eight primary and three secondary schools (invented
 * names, URNs and key adults) with their terms, and the area's education safeguarding team; the demo's children
 * of school age linked to a school of their area (one in 25 left unknown); a notification for each school-age child
 * of a police incident of the last 90 days (most acknowledged before they were due, a few late, a few of the last
 * fortnight not yet acknowledged); the recent children without a school on the hub's attention list. Ten GP practices
 * per area (three undertake routine enquiry, three in discussion), the victims' and perpetrators' practices, a
 * notification to them for the hub's cases of the last 90 days, and some health referrals identified by routine
 * enquiry. The demo key adults {@code school} and {@code practice} see their own establishment's notifications.
 */
final class DemoEncompass {

    private static final String[] PRIMARY = {"Millbrook", "Ashgrove", "St Anne's", "Hollins Lane", "Wrenfield",
        "Copper Beech", "Riverside", "Larkhill", "Fernside", "Oakwood"};
    private static final String[] SECONDARY = {"Castle Rise Academy", "Moorside High School", "Brookfield School",
        "Westgate Academy"};
    private static final String[] PRACTICES = {"Bridge Street Surgery", "Park View Medical Centre",
        "The Willows Health Centre", "Market Square Practice", "Hillcrest Surgery", "Canal Side Medical Practice",
        "Elm Tree Surgery", "Station Road Health Centre", "Greenacre Practice", "Abbey Lane Surgery"};
    private static final String[] LEADS = {"Alex Marlow", "Jo Pennant", "Sam Whitcombe", "Chris Adeyemi", "Pat Lindgren",
        "Robin Carrow", "Dee Santos", "Kit Ormerod"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(4049);

    DemoEncompass(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record School(UUID id, UUID area, boolean secondary, LocalTime startsAt) {
    }

    void load(LocalDate today) {
        List<Map<String, Object>> areas = jdbc.queryForList("SELECT id, name FROM area ORDER BY name");
        if (areas.isEmpty()) {
            return;
        }
        Set<LocalDate> holidays = new HashSet<>(jdbc.queryForList("SELECT day FROM bank_holiday", LocalDate.class));
        Map<UUID, List<School>> schools = new HashMap<>();
        Map<UUID, List<UUID>> practices = new HashMap<>();
        List<Object[]> schoolRows = new ArrayList<>();
        List<Object[]> termRows = new ArrayList<>();
        List<Object[]> closureRows = new ArrayList<>();
        List<Object[]> practiceRows = new ArrayList<>();
        Set<String> urns = new HashSet<>();
        int n = 0;
        for (Map<String, Object> a : areas) {
            UUID area = (UUID) a.get("id");
            String place = (String) a.get("name");
            String slug = place.toLowerCase().replaceAll("[^a-z]", "");
            List<School> inArea = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                boolean secondary = i >= 8;
                String name = secondary ? place + " " + SECONDARY[i - 8] : PRIMARY[(i + n) % PRIMARY.length] + " Primary School, " + place;
                School s = new School(UUID.randomUUID(), area, secondary, secondary ? LocalTime.of(8, 40) : LocalTime.of(8, 50));
                String lead = LEADS[(i + n) % LEADS.length];
                String deputy = LEADS[(i + n + 3) % LEADS.length];
                String mail = "school" + (n * 20 + i) + "." + slug + ".sch.example";
                schoolRows.add(new Object[] {s.id(), area, name, urn(urns), secondary ? "SECONDARY" : "PRIMARY", lead,
                    "dsl@" + mail, deputy, "deputy.dsl@" + mail, Time.valueOf(s.startsAt())});
                inArea.add(s);
                int first = (today.minusDays(400).getMonthValue() >= 9 ? today.minusDays(400).getYear()
                        : today.minusDays(400).getYear() - 1);
                for (int y = first; y <= today.getYear() + 1; y++) {
                    for (LocalDate[] t : terms(y)) {
                        termRows.add(new Object[] {s.id(), Date.valueOf(t[0]), Date.valueOf(t[1])});
                    }
                    closureRows.add(new Object[] {s.id(), Date.valueOf(LocalDate.of(y, 11, 2))});
                }
            }
            schoolRows.add(new Object[] {UUID.randomUUID(), area, place + " Education Safeguarding Team", null,
                "LOCAL_AUTHORITY", "Lee Hargreaves", "education.safeguarding@" + slug + ".gov.example", null, null,
                Time.valueOf(LocalTime.of(9, 0))});
            schools.put(area, inArea);
            List<UUID> gp = new ArrayList<>();
            for (int i = 0; i < PRACTICES.length; i++) {
                UUID id = UUID.randomUUID();
                gp.add(id);
                practiceRows.add(new Object[] {id, area, PRACTICES[i] + ", " + place,
                    String.format("%c%05d", "BCD".charAt(n % 3), 10000 + random.nextInt(89999)),
                    LEADS[(i + 2 * n) % LEADS.length], "safeguarding.gp" + (n * 20 + i) + "@" + slug + ".nhs.example",
                    i < 3 ? "YES" : i < 6 ? "IN_DISCUSSION" : "NO"});
            }
            practices.put(area, gp);
            n++;
        }
        jdbc.batchUpdate("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email, deputy_name, deputy_email, starts_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", schoolRows);
        jdbc.batchUpdate("INSERT INTO school_term (school_id, starts_on, ends_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                termRows);
        jdbc.batchUpdate("INSERT INTO school_closure (school_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING", closureRows);
        jdbc.batchUpdate("""
                INSERT INTO gp_practice (id, area_id, name, ods_code, contact_name, contact_email, routine_enquiry)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", practiceRows);
        List<UUID> areaIds = areas.stream().map(a -> (UUID) a.get("id")).toList();

        // the children named by the demo's referrals, with their area (the referral's, else its agency's)
        Map<UUID, School> childSchool = new HashMap<>();
        List<Object[]> links = new ArrayList<>();
        List<Map<String, Object>> children = jdbc.queryForList("""
                SELECT DISTINCT ON (rc.person_id) rc.person_id, p.date_of_birth, p.estimated_age,
                       coalesce(r.area_id, a.area_id) AS area
                FROM referral_child rc JOIN referral r ON r.id = rc.referral_id JOIN agency a ON a.id = r.referring_agency_id
                JOIN person p ON p.id = rc.person_id ORDER BY rc.person_id, r.received_on DESC""");
        for (Map<String, Object> c : children) {
            Integer age = age(c, today);
            if (age == null || age < 4 || age > 17 || random.nextInt(25) == 0) {
                continue;
            }
            UUID area = c.get("area") != null ? (UUID) c.get("area") : areaIds.get(random.nextInt(areaIds.size()));
            List<School> candidates = schools.get(area).stream().filter(s -> s.secondary() == (age >= 11)).toList();
            School s = candidates.get(random.nextInt(candidates.size()));
            childSchool.put((UUID) c.get("person_id"), s);
            links.add(new Object[] {c.get("person_id"), s.id()});
        }
        jdbc.batchUpdate("INSERT INTO child_school (child_id, school_id) VALUES (?, ?) ON CONFLICT DO NOTHING", links);

        // notifications for the police incidents of the last 90 days
        List<Object[]> notes = new ArrayList<>();
        List<Object[]> attention = new ArrayList<>();
        List<Map<String, Object>> incidents = jdbc.queryForList("""
                SELECT r.id, r.police_reference, coalesce(r.incident_on, r.received_on) AS incident_on, r.incident_time,
                       rc.person_id, rc.present, a.name AS force, p.given_name || ' ' || p.family_name AS name,
                       p.date_of_birth, p.estimated_age, coalesce(r.area_id, a.area_id) AS area
                FROM referral r JOIN agency a ON a.id = r.referring_agency_id AND a.sector = 'POLICE'
                JOIN referral_child rc ON rc.referral_id = r.id JOIN person p ON p.id = rc.person_id
                WHERE r.received_on >= ? ORDER BY r.received_on""", Date.valueOf(today.minusDays(90)));
        for (Map<String, Object> i : incidents) {
            Integer age = age(i, today);
            if (age == null || age < 4 || age > 17) {
                continue;
            }
            LocalDate on = ((Date) i.get("incident_on")).toLocalDate();
            School s = childSchool.get((UUID) i.get("person_id"));
            if (s == null) {
                if (on.isAfter(today.minusDays(14))) {
                    attention.add(new Object[] {UUID.randomUUID(), i.get("id"), i.get("person_id"), i.get("area"),
                        Timestamp.valueOf(on.atTime(23, 30))});
                }
                continue;
            }
            LocalTime time = i.get("incident_time") == null ? LocalTime.of(23, 59) : ((Time) i.get("incident_time")).toLocalTime();
            LocalDateTime at = on.atTime(time);
            LocalDateTime due = nextSchoolDay(at, s.startsAt(), holidays);
            LocalDateTime created = at.plusHours(2 + random.nextInt(6));
            if (created.isAfter(due)) {
                created = due.minusMinutes(30);
            }
            LocalDateTime acknowledged;
            int roll = random.nextInt(100);
            if (roll < 5 && on.isAfter(today.minusDays(14))) {
                acknowledged = null; // not yet acknowledged
            } else if (roll < 12) {
                acknowledged = due.plusHours(1 + random.nextInt(30)); // late
            } else {
                acknowledged = created.plusMinutes(20 + random.nextInt(600));
                if (acknowledged.isAfter(due)) {
                    acknowledged = due.minusMinutes(5);
                }
            }
            if (acknowledged != null && acknowledged.isAfter(LocalDateTime.now(Dates.UK))) {
                acknowledged = null;
            }
            notes.add(new Object[] {UUID.randomUUID(), i.get("id"), i.get("person_id"), s.id(), i.get("force"),
                i.get("police_reference"), Date.valueOf(on), i.get("incident_time"), i.get("present"), i.get("name"),
                i.get("date_of_birth"), ts(created), ts(due), acknowledged == null ? null : ts(acknowledged)});
        }
        jdbc.batchUpdate("""
                INSERT INTO encompass_notification (id, referral_id, child_id, school_id, police_force, police_reference,
                    incident_on, incident_time, child_present, child_name, child_dob, created_at, due_at, acknowledged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", notes);
        jdbc.batchUpdate("""
                INSERT INTO encompass_attention (id, referral_id, child_id, area_id, reason, created_at)
                VALUES (?, ?, ?, ?, 'School not known', ?) ON CONFLICT DO NOTHING""", attention);

        // GP practices: victims' and perpetrators' practices, and a notification for each hub case of 90 days
        List<Object[]> registered = new ArrayList<>();
        Map<UUID, UUID> practiceOf = new HashMap<>();
        List<Map<String, Object>> people = jdbc.queryForList("""
                SELECT DISTINCT ON (x.person_id) x.person_id, x.area FROM (
                    SELECT r.victim_id AS person_id, coalesce(r.area_id, a.area_id) AS area, r.received_on FROM referral r
                    JOIN agency a ON a.id = r.referring_agency_id
                    UNION ALL
                    SELECT rp.person_id, coalesce(r.area_id, a.area_id), r.received_on FROM referral_perpetrator rp
                    JOIN referral r ON r.id = rp.referral_id JOIN agency a ON a.id = r.referring_agency_id) x
                ORDER BY x.person_id, x.received_on DESC""");
        for (Map<String, Object> p : people) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            UUID area = p.get("area") != null ? (UUID) p.get("area") : areaIds.get(random.nextInt(areaIds.size()));
            List<UUID> gp = practices.get(area);
            // the practices early in the list have more patients: where routine enquiry would find most
            UUID practice = gp.get(Math.min(gp.size() - 1, (int) Math.abs(random.nextGaussian() * 3.5)));
            practiceOf.put((UUID) p.get("person_id"), practice);
            registered.add(new Object[] {p.get("person_id"), practice});
        }
        jdbc.batchUpdate("INSERT INTO person_gp_practice (person_id, practice_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                registered);
        List<Object[]> gpNotes = new ArrayList<>();
        String partnership = jdbc.queryForList("SELECT name FROM partnership LIMIT 1", String.class).stream().findFirst()
                .orElse("The partnership");
        List<Map<String, Object>> cases = jdbc.queryForList("""
                SELECT c.referral_id, c.reference, c.victim_id, c.perpetrator_ids, c.decided_at,
                       (SELECT string_agg(d.outcome, ', ' ORDER BY d.outcome) FROM referral_triage_decision d
                        WHERE d.referral_id = c.referral_id) AS decisions
                FROM hub_case c WHERE c.decided_at >= ?""", Timestamp.valueOf(today.minusDays(90).atStartOfDay()));
        for (Map<String, Object> c : cases) {
            List<Object[]> parties = new ArrayList<>();
            parties.add(new Object[] {c.get("victim_id"), "VICTIM"});
            try {
                for (Object o : (Object[]) ((java.sql.Array) c.get("perpetrator_ids")).getArray()) {
                    parties.add(new Object[] {o instanceof UUID u ? u : UUID.fromString(o.toString()), "PERPETRATOR"});
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            Timestamp decided = (Timestamp) c.get("decided_at");
            for (Object[] party : parties) {
                UUID practice = practiceOf.get((UUID) party[0]);
                if (practice == null) {
                    continue;
                }
                Map<String, Object> who = jdbc.queryForMap(
                        "SELECT given_name || ' ' || family_name AS name, date_of_birth FROM person WHERE id = ?", party[0]);
                LocalDateTime made = decided.toLocalDateTime().plusMinutes(5);
                LocalDateTime ack = random.nextInt(10) < 8 ? made.plusHours(2 + random.nextInt(70)) : null;
                if (ack != null && ack.isAfter(LocalDateTime.now(Dates.UK))) {
                    ack = null;
                }
                String decisions = c.get("decisions") == null ? null : String.join(", ",
                        java.util.Arrays.stream(((String) c.get("decisions")).split(", "))
                                .map(o -> org.hearth.referrals.TriageOutcome.valueOf(o).label()).toList());
                gpNotes.add(new Object[] {UUID.randomUUID(), practice, party[0], party[1], c.get("referral_id"),
                    c.get("reference"), who.get("name"), who.get("date_of_birth"),
                    Date.valueOf(decided.toLocalDateTime().toLocalDate()),
                    decisions,
                    partnership + " daily safeguarding hub", ts(made), ack == null ? null : ts(ack)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO gp_notification (id, practice_id, person_id, part, source, source_id, case_reference,
                    patient_name, patient_dob, decided_on, decisions, contact, created_at, acknowledged_at)
                VALUES (?, ?, ?, ?, 'HUB', ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", gpNotes);
        // health referrals identified by routine enquiry at the practices that undertake it
        jdbc.update("""
                INSERT INTO gp_routine_enquiry_referral (referral_id, practice_id, recorded_by)
                SELECT r.id, g.practice_id,
                       coalesce((SELECT id FROM staff_user WHERE username = 'hub'), r.referring_agency_id) FROM referral r
                JOIN agency a ON a.id = r.referring_agency_id AND a.sector = 'HEALTH'
                JOIN person_gp_practice g ON g.person_id = r.victim_id
                JOIN gp_practice p ON p.id = g.practice_id AND p.routine_enquiry = 'YES'
                WHERE abs(hashtext(r.id::text)) % 3 = 0 ON CONFLICT DO NOTHING""");

        // the demo key adults see the busiest school's and practice's notifications
        jdbc.update("""
                INSERT INTO establishment_contact (user_id, school_id)
                SELECT u.id, (SELECT school_id FROM encompass_notification GROUP BY school_id ORDER BY count(*) DESC LIMIT 1)
                FROM staff_user u WHERE u.username = 'school'
                  AND EXISTS (SELECT 1 FROM encompass_notification) ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO gp_practice_contact (user_id, practice_id)
                SELECT u.id, (SELECT practice_id FROM gp_notification GROUP BY practice_id ORDER BY count(*) DESC LIMIT 1)
                FROM staff_user u WHERE u.username = 'practice'
                  AND EXISTS (SELECT 1 FROM gp_notification) ON CONFLICT DO NOTHING""");
        // each demo key adult has their newest notification still to acknowledge (the README: "acknowledge it")
        for (String[] t : new String[][] {{"encompass_notification", "establishment_contact", "school_id", "school"},
                {"gp_notification", "gp_practice_contact", "practice_id", "practice"}}) {
            jdbc.update(("UPDATE %1$s SET acknowledged_at = NULL, acknowledged_by = NULL WHERE id = (SELECT n.id"
                    + " FROM %1$s n JOIN %2$s c ON c.%3$s = n.%3$s JOIN staff_user u ON u.id = c.user_id"
                    + " AND u.username = '%4$s' ORDER BY n.created_at DESC LIMIT 1)").formatted((Object[]) t));
        }
    }

    private static Timestamp ts(LocalDateTime uk) {
        return Timestamp.from(uk.atZone(Dates.UK).toInstant());
    }

    private String urn(Set<String> taken) {
        String u;
        do {
            u = String.valueOf(100000 + random.nextInt(900000));
        } while (!taken.add(u));
        return u;
    }

    private static Integer age(Map<String, Object> row, LocalDate today) {
        Object dob = row.get("date_of_birth");
        if (dob instanceof Date d) {
            return Period.between(d.toLocalDate(), today).getYears();
        }
        if (dob instanceof LocalDate d) {
            return Period.between(d, today).getYears();
        }
        return row.get("estimated_age") == null ? null : ((Number) row.get("estimated_age")).intValue();
    }

    /** An English school year's six terms from September of {@code y}. */
    static List<LocalDate[]> terms(int y) {
        return List.of(new LocalDate[] {LocalDate.of(y, 9, 3), LocalDate.of(y, 10, 23)},
                new LocalDate[] {LocalDate.of(y, 11, 2), LocalDate.of(y, 12, 18)},
                new LocalDate[] {LocalDate.of(y + 1, 1, 5), LocalDate.of(y + 1, 2, 12)},
                new LocalDate[] {LocalDate.of(y + 1, 2, 22), LocalDate.of(y + 1, 3, 26)},
                new LocalDate[] {LocalDate.of(y + 1, 4, 12), LocalDate.of(y + 1, 5, 28)},
                new LocalDate[] {LocalDate.of(y + 1, 6, 7), LocalDate.of(y + 1, 7, 21)});
    }

    /** The school's start on its first school day after {@code at} (demo terms: weekdays, not bank holidays). */
    private static LocalDateTime nextSchoolDay(LocalDateTime at, LocalTime start, Set<LocalDate> holidays) {
        LocalDate d = at.toLocalTime().isBefore(start) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        for (int i = 0; i < 60; i++, d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean inTerm = false;
            int y = d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
            for (LocalDate[] t : terms(y)) {
                inTerm |= !d.isBefore(t[0]) && !d.isAfter(t[1]);
            }
            if (!weekend && inTerm && !holidays.contains(d) && !d.equals(LocalDate.of(y, 11, 2))) {
                return d.atTime(start);
            }
        }
        return d.atTime(start);
    }
}
