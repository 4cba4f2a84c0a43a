package org.hearth.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's Quality Mark and DV ambassadors: awards to six agencies and six schools at levels 1 and 2 (one agency's
 * due for renewal in two months, one lapsed last month, one school's due for renewal), two open applications part
 * way through (evidence for some standards, decisions on fewer), and twenty ambassadors across nine agencies
 * (trained over the last two years, some refreshed, three with a refresher overdue, one stepped down). Invented
 * names only.
 */
final class DemoWorkforce {

    private static final String[] AMBASSADORS = {"Lena Hartley", "Omar Castell", "Bea Winslow", "Rory Quaid",
        "Nadia Fenwick", "Tom Oyelaran", "Iris Calder", "Dev Mistry", "Hana Brook", "Sol Petrak", "Maeve Tolland",
        "Joss Kerrigan", "Ada Nwosu", "Felix Rourke", "Gwen Talbot", "Ravi Lennox", "Una Gilchrist", "Ezra Holme",
        "Kay Obi", "Lars Whitby"};

    private final JdbcTemplate jdbc;

    DemoWorkforce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(LocalDate today) {
        Map<String, UUID> agencies = new java.util.HashMap<>();
        jdbc.queryForList("SELECT id, name FROM agency").forEach(r -> agencies.put((String) r.get("name"),
                (UUID) r.get("id")));
        if (agencies.isEmpty()) {
            return;
        }
        List<String> codes1 = jdbc.queryForList("SELECT code FROM qm_standard WHERE active AND level = 1 ORDER BY position",
                String.class);
        List<String> codesAll = jdbc.queryForList("SELECT code FROM qm_standard WHERE active ORDER BY position", String.class);

        award("AGENCY", agencies.get("Northfield City Council Housing Options"), 2,
                today.minusYears(3).plusMonths(2), codesAll);
        award("AGENCY", agencies.get("Haven Refuge"), 1, today.minusYears(3).minusMonths(1), codes1);
        award("AGENCY", agencies.get("Northfield Hospitals NHS Trust"), 1, today.minusYears(1), codes1);
        award("AGENCY", agencies.get("Northfield IDVA Service"), 2, today.minusMonths(6), codesAll);
        award("AGENCY", agencies.get("Northfield Police"), 1, today.minusYears(2), codes1);
        award("AGENCY", agencies.get("Kingsmoor Academy Trust"), 1, today.minusMonths(9), codes1);
        List<UUID> schools = jdbc.queryForList(
                "SELECT id FROM school WHERE phase <> 'LOCAL_AUTHORITY' ORDER BY name LIMIT 6", UUID.class);
        for (int i = 0; i < schools.size(); i++) {
            LocalDate on = i == 0 ? today.minusYears(3).plusMonths(1) : today.minusMonths(4 + 5L * i);
            award("SCHOOL", schools.get(i), i == 3 ? 2 : 1, on, i == 3 ? codesAll : codes1);
        }

        UUID outreach = open("AGENCY", agencies.get("Eastvale Women's Aid Outreach"), 1, today.minusMonths(2));
        if (outreach != null) {
            for (int i = 0; i < 3 && i < codes1.size(); i++) {
                evidence(outreach, codes1.get(i), "Policy and training records seen at the assessment visit.",
                        today.minusMonths(1));
            }
            decision(outreach, codes1.get(0), true, null, today.minusWeeks(3));
            decision(outreach, codes1.get(1), false, "Two of the five front-line workers are not yet trained.",
                    today.minusWeeks(3));
        }
        open("AGENCY", agencies.get("Northfield Children's Social Care"), 2, today.minusWeeks(1));

        Object[][] ambassadors = {
            {"Northfield City Council Housing Options", "HOUSING", false, 20, 14},
            {"Northfield City Council Housing Options", "HOUSING", true, 10, 2},
            {"Northfield City Council Housing Options", "HOUSING", false, 3, 6},
            {"Northfield Hospitals NHS Trust", "HEALTH", false, 22, 10},
            {"Northfield Hospitals NHS Trust", "HEALTH", true, 8, 4},
            {"Northfield Hospitals NHS Trust", "HEALTH", false, 15, 25},
            {"Northfield Hospitals NHS Trust", "HEALTH", false, 2, 1},
            {"Eastvale Primary Care Network", "HEALTH", false, 11, 7},
            {"Northfield Police", "POLICE", false, 18, 30},
            {"Northfield Police", "POLICE", true, 9, 12},
            {"Northfield Children's Social Care", "SOCIAL_SERVICES", false, 14, 9},
            {"Northfield Children's Social Care", "SOCIAL_SERVICES", true, 5, 3},
            {"Northfield Adult Social Care", "SOCIAL_SERVICES", false, 13, 5},
            {"Kingsmoor Academy Trust", "EDUCATION", false, 7, 11},
            {"Kingsmoor Academy Trust", "EDUCATION", true, 16, 8},
            {"Northfield IDVA Service", "VOLUNTARY_SECTOR", false, 23, 40},
            {"Northfield IDVA Service", "VOLUNTARY_SECTOR", true, 6, 15},
            {"Haven Refuge", "VOLUNTARY_SECTOR", false, 4, 6},
            {"Eastvale Women's Aid Outreach", "VOLUNTARY_SECTOR", false, 12, 9},
            {"Northfield Community Safety Team", "OTHER", false, 19, 4},
        };
        for (int i = 0; i < ambassadors.length; i++) {
            Object[] a = ambassadors[i];
            UUID agency = agencies.get((String) a[0]);
            if (agency == null) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int monthsAgo = (Integer) a[3];
            jdbc.update("""
                    INSERT INTO ambassador (id, name, job_title, agency_id, staff_group, manager, colleagues_supported, left_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, AMBASSADORS[i], (Boolean) a[2] ? "Team manager" : "Case worker",
                    agency, a[1], a[2], a[4], i == 19 ? today.minusMonths(1) : null);
            LocalDate first = today.minusMonths(monthsAgo);
            jdbc.update("INSERT INTO ambassador_training (ambassador_id, trained_on, refresher) VALUES (?, ?, FALSE)",
                    id, first);
            // most of those trained over a year ago have had their refresher; three have not (overdue)
            if (monthsAgo > 12 && i % 4 != 0) {
                jdbc.update("INSERT INTO ambassador_training (ambassador_id, trained_on, refresher) VALUES (?, ?, TRUE)",
                        id, first.plusMonths(12));
            }
        }
    }

    private UUID open(String kind, UUID holder, int level, LocalDate on) {
        if (holder == null) {
            return null;
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO qm_application (id, holder_kind, holder_id, level_sought, opened_on) VALUES (?, ?, ?, ?, ?)""",
                id, kind, holder, level, on);
        return id;
    }

    private void award(String kind, UUID holder, int level, LocalDate on, List<String> standards) {
        UUID id = open(kind, holder, level, on.minusMonths(3));
        if (id == null) {
            return;
        }
        for (String code : standards) {
            evidence(id, code, "Seen at the assessment visit: policy, training records and staff interviews.",
                    on.minusMonths(1));
            decision(id, code, true, null, on);
        }
        jdbc.update("UPDATE qm_application SET awarded_level = ?, awarded_on = ?, expires_on = ? WHERE id = ?", level, on,
                on.plusYears(3).minusDays(1), id);
    }

    private void evidence(UUID application, String code, String note, LocalDate on) {
        jdbc.update("""
                INSERT INTO qm_evidence (id, application_id, standard_code, note, added_on) VALUES (?, ?, ?, ?, ?)""",
                UUID.randomUUID(), application, code, note, on);
    }

    private void decision(UUID application, String code, boolean met, String note, LocalDate on) {
        jdbc.update("""
                INSERT INTO qm_decision (application_id, standard_code, met, note, decided_on) VALUES (?, ?, ?, ?, ?)""",
                application, code, met, note, on);
    }
}
