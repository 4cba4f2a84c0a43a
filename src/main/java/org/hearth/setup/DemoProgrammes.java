package org.hearth.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's perpetrator programmes: an accredited court-mandated programme and a non-court one, run by the demo's
 * perpetrator programme charity (Change Ahead; else its probation service); up to {@value #REFERRALS} perpetrators (the
 * partners and ex-partners of the people with open IDVA cases) referred to them across the last months, in every
 * state: waiting for assessment, waiting for a place, on the programme with sessions (some missed), completed and
 * stopped; the partner's IDVA case linked, with the notices her worker was given; the provider's grants on the open
 * referrals. The provider's demo account ({@code programme}, Change Ahead's facilitator) records the sessions and
 * sees these referrals, never the partners.
 */
final class DemoProgrammes {

    static final int REFERRALS = 24;
    private static final String[] STATUSES = {"REFERRED", "WAITING", "STARTED", "STARTED", "COMPLETED", "ENDED"};
    private static final String[] STOPPED = {"NON_ATTENDANCE", "WITHDREW", "EXCLUDED_RISK", "RECALLED_OR_CUSTODY"};

    private final JdbcTemplate jdbc;

    DemoProgrammes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the programmes and their referrals, made by {@code idva}, the demo IDVA. */
    void load(DemoUser idva, LocalDate today) {
        UUID referrer = idva.id();
        // the provider: the agency of the demo's programme account ("programme", Change Ahead), else the demo's
        // perpetrator programme charity, else its probation service; its sessions are recorded by that account (else
        // as by the demo administrator)
        List<UUID> providers = jdbc.queryForList("""
                SELECT id FROM agency WHERE id <> ?
                ORDER BY EXISTS (SELECT 1 FROM staff_user u WHERE u.agency_id = agency.id AND u.username = 'programme') DESC,
                    name ILIKE '%perpetrator programme%' DESC, sector = 'PROBATION' DESC, name LIMIT 1""", UUID.class,
                idva.agency());
        if (providers.isEmpty()) {
            return;
        }
        UUID provider = providers.get(0);
        List<UUID> recorders = jdbc.queryForList("""
                SELECT id FROM staff_user WHERE (username = 'programme' AND agency_id = ?) OR username = 'admin'
                ORDER BY username = 'programme' DESC LIMIT 1""", UUID.class, provider);
        if (recorders.isEmpty()) {
            return;
        }
        UUID recorder = recorders.get(0);
        UUID court = UUID.randomUUID();
        UUID community = UUID.randomUUID();
        jdbc.update("INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places) VALUES (?, ?, ?, true, 12)",
                court, provider, "Building Better Relationships (Northfield)");
        jdbc.update("INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places) VALUES (?, ?, ?, false, 10)",
                community, provider, "Choices community programme");
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT DISTINCT ON (c.id) c.id AS case_id, c.person_id AS partner, r.related_id AS perpetrator
                FROM casework_case c JOIN person_relationship r ON r.person_id = c.person_id
                WHERE c.status = 'OPEN' AND r.kind IN ('INTIMATE_PARTNER', 'EX_PARTNER')
                ORDER BY c.id, r.id LIMIT ?""", REFERRALS);
        int i = 0;
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (Map<String, Object> p : pairs) {
            UUID perpetrator = (UUID) p.get("perpetrator");
            if (!seen.add(perpetrator)) {
                continue;
            }
            String status = STATUSES[i % STATUSES.length];
            UUID programme = i % 3 == 2 ? community : court;
            LocalDate referred = today.minusDays(20 + (i * 11L) % 150);
            LocalDate assessed = status.equals("REFERRED") ? null : referred.plusDays(7);
            LocalDate started = List.of("STARTED", "COMPLETED", "ENDED").contains(status) ? referred.plusDays(21 + i % 20)
                    : null;
            if (started != null && started.isAfter(today)) {
                started = today.minusDays(1);
            }
            LocalDate ended = status.equals("COMPLETED") || status.equals("ENDED")
                    ? min(started.plusDays(status.equals("COMPLETED") ? 100 : 30), today) : null;
            String reason = status.equals("COMPLETED") ? "COMPLETED"
                    : status.equals("ENDED") ? STOPPED[i % STOPPED.length] : null;
            UUID id = UUID.randomUUID();
            UUID grant = null;
            if (ended == null) {
                grant = UUID.randomUUID();
                jdbc.update("""
                        INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, approved_by, basis_kind,
                            basis_id) VALUES (?, ?, 'ALLOCATED', 'RECORD', ?, ?, 'casework-programme', ?)""",
                        grant, perpetrator, provider, referrer, id.toString());
            }
            jdbc.update("""
                    INSERT INTO programme_referral (id, reference, programme_id, person_id, partner_person_id,
                        partner_case_id, referred_on, referred_by, reason, status, assessed_on, started_on, ended_on,
                        end_reason, grant_id)
                    VALUES (?, 'PP-' || ? || '-' || lpad(nextval('programme_referral_number')::text, 5, '0'), ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, referred.getYear(), programme, perpetrator, p.get("partner"),
                    p.get("case_id"), referred, referrer, i % 2 == 0 ? "Community order with a programme requirement"
                            : "Accepts responsibility for the abuse and asked for help to change", status,
                    assessed, started, ended, reason, grant);
            if (started != null) {
                notice(id, (UUID) p.get("case_id"), "STARTED", started);
                LocalDate last = ended != null ? ended : today;
                int n = 0;
                for (LocalDate s = started; !s.isAfter(last); s = s.plusDays(7), n++) {
                    String attendance = (n + i) % 6 == 5 ? "MISSED" : (n + i) % 11 == 7 ? "EXCUSED" : "ATTENDED";
                    jdbc.update("""
                            INSERT INTO programme_session (id, referral_id, session_on, attendance, note, recorded_by)
                            VALUES (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), id, s, attendance,
                            attendance.equals("ATTENDED") && n % 4 == 1 ? "Took part; minimised his behaviour in the group"
                                    : null, recorder);
                    if (attendance.equals("MISSED")) {
                        notice(id, (UUID) p.get("case_id"), "MISSED", s);
                    }
                }
                if (ended != null) {
                    notice(id, (UUID) p.get("case_id"), status.equals("COMPLETED") ? "COMPLETED" : "ENDED", ended);
                }
            }
            i++;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void notice(UUID referral, UUID caseId, String kind, LocalDate on) {
        jdbc.update("""
                INSERT INTO programme_partner_notice (id, referral_id, case_id, kind, occurred_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), referral, caseId, kind, on,
                java.sql.Timestamp.valueOf(on.atTime(17, 0)));
    }
}
