package org.hearth.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralSource;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-built data set in an area of its own (population 2,000), so every count filtered by that area is exact
 * in the shared database. Synthetic people only. What it holds, in 2025 (the period) unless said:
 * <ul>
 * <li>8 "W" victims (female, White British, English, 30, not disabled): a police incident each in March, triaged
 * the next day to outreach; W1-W5 with children present. W1-W5 also a partner-agency referral in June, referred to
 * MARAC the same day; W1 again in September, to MARAC after 3 days (a MARAC repeat). The area's MARAC discussed
 * those 6 (see {@link #marac}).</li>
 * <li>4 "A" victims (female, Asian Pakistani, Urdu, 17, disabled): a partner referral in April with children
 * present, not yet triaged.</li>
 * <li>1 "M" victim (male, Black African, no language or age recorded, disability not known): a police incident on
 * 1 June 2024 and on 1 May 2025 (a repeat victim), signposted 10 days later.</li>
 * <li>High risk in 2025: W1 (twice), W2-W5, A1 = 6 victims; W7 medium (not counted). In 2024: M, and W6, W7, W8,
 * A2 (after referrals on 15 January 2024) = 5 victims.</li>
 * </ul>
 */
public final class InsightsData {

    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);

    public final Area area;
    final Agency police;
    final Agency partner;
    final List<UUID> w = new ArrayList<>();
    public final List<UUID> a = new ArrayList<>();
    /** The A victims' referrals of April 2025, not yet triaged. */
    final List<UUID> aprilReferrals = new ArrayList<>();
    UUID m;

    private final JdbcClient jdbc;
    private final UUID assessor;
    private final UUID questionnaire;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final List<Object> published = new ArrayList<>();

    public InsightsData(Partnerships partnerships, Fixtures fixtures, JdbcClient jdbc, ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        fixtures.agency("Test Agency");
        this.area = partnerships.addArea(Fixtures.uniqueName("Insightsvale "), 2_000);
        this.police = fixtures.agency(Fixtures.uniqueName("Insights Police "));
        this.partner = fixtures.agency(Fixtures.uniqueName("Insights Council "));
        this.assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        this.questionnaire = jdbc.sql("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1")
                .query(UUID.class).single();
        build();
        // the rows were written with SQL, as the demo writes them; tell insights as the modules would have, and wait
        // until its listeners have brought the read models up to date
        tx.executeWithoutResult(t -> published.forEach(events::publishEvent));
        awaitInsights(jdbc);
    }

    /** Waits until every delivery of an event to insights' listeners has completed. */
    public static void awaitInsights(JdbcClient jdbc) {
        Eventually.waitFor(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE completion_date IS NULL AND listener_id LIKE 'org.hearth.insights.%'""")
                .query(Long.class).single() == 0, Duration.ofSeconds(60));
    }

    private void build() {
        // dates of birth spread within the year that keeps each group in its age band (30 in 2025; 17 in April 2025)
        for (int i = 0; i < 8; i++) {
            w.add(person("FEMALE", "WHITE_BRITISH", "English", LocalDate.of(1994, 4, 1).plusDays(random(270)), "NO"));
        }
        for (int i = 0; i < 4; i++) {
            a.add(person("FEMALE", "ASIAN_PAKISTANI", "Urdu", LocalDate.of(2007, 6, 1).plusDays(random(200)), "YES"));
        }
        m = person("MALE", "BLACK_AFRICAN", null, null, "NOT_KNOWN");
        List<UUID> march = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            march.add(referral(w.get(i), police, LocalDate.of(2025, 3, 3 + i), "OUTREACH", 1, i < 5));
        }
        List<UUID> june = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            june.add(referral(w.get(i), partner, LocalDate.of(2025, 6, 2 + i), "REFER_TO_MARAC", 0, false));
        }
        UUID september = referral(w.get(0), partner, LocalDate.of(2025, 9, 15), "REFER_TO_MARAC", 3, false);
        List<UUID> april = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            april.add(referral(a.get(i), partner, LocalDate.of(2025, 4, 7 + i), null, 0, true));
        }
        aprilReferrals.addAll(april);
        UUID mLastYear = referral(m, police, LocalDate.of(2024, 6, 1), "SIGNPOST", 2, false);
        referral(m, police, LocalDate.of(2025, 5, 1), "SIGNPOST", 10, false);

        marac(june, september);

        assess(w.get(0), LocalDate.of(2025, 3, 4), march.get(0), true);
        assess(w.get(0), LocalDate.of(2025, 6, 3), june.get(0), true);
        for (int i = 1; i < 5; i++) {
            assess(w.get(i), LocalDate.of(2025, 6, 3 + i), june.get(i), true);
        }
        assess(a.get(0), LocalDate.of(2025, 4, 8), april.get(0), true);
        assess(w.get(6), LocalDate.of(2025, 3, 10), march.get(6), false);

        assess(m, LocalDate.of(2024, 6, 2), mLastYear, true);
        for (UUID v : List.of(w.get(5), w.get(6), w.get(7), a.get(1))) {
            UUID r = referral(v, partner, LocalDate.of(2024, 1, 15), "OUTREACH", 1, false);
            assess(v, LocalDate.of(2024, 1, 16), r, true);
        }
    }

    /**
     * The area's MARAC (women aged 16+ in the area: 800): W1-W5's June referrals discussed on 19 June 2025, W1's
     * September referral (a repeat) on 25 September 2025; a meeting on 9 October 2025 never published (not held)
     * with W2 on it. The police research every case: 5 returned by the due day, W5's a day late.
     */
    private void marac(List<UUID> june, UUID september) {
        UUID marac = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac (id, name, schedule, chair_id, coordinator_id) VALUES (?, ?, 'MONTHLY', ?, ?)")
                .params(marac, Fixtures.uniqueName("Insightsvale MARAC "), assessor, assessor).update();
        jdbc.sql("INSERT INTO marac_area (marac_id, area_id) VALUES (?, ?)").params(marac, area.id().value()).update();
        jdbc.sql("INSERT INTO marac_area_women (area_id, women_16_plus) VALUES (?, 800)").param(area.id().value())
                .update();
        UUID inJune = maracMeeting(marac, LocalDate.of(2025, 6, 19), true);
        UUID inSeptember = maracMeeting(marac, LocalDate.of(2025, 9, 25), true);
        UUID notHeld = maracMeeting(marac, LocalDate.of(2025, 10, 9), false);
        for (int i = 0; i < 5; i++) {
            UUID r = maracReferral(marac, w.get(i), june.get(i), LocalDate.of(2025, 6, 2 + i), false, inJune);
            research(inJune, r, LocalDate.of(2025, 6, 17), i == 4 ? LocalDate.of(2025, 6, 18) : LocalDate.of(2025, 6, 16));
        }
        UUID r = maracReferral(marac, w.get(0), september, LocalDate.of(2025, 9, 18), true, inSeptember);
        research(inSeptember, r, LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 23));
        maracReferral(marac, w.get(1), null, LocalDate.of(2025, 10, 1), false, notHeld);
        // actions: June's five due 3 July 2025, four done by 1 July and W5's on 10 July (late); September's two due
        // 2 October 2025, one done on its due day (on time) and one never done (overdue, so not on time); one due in
        // 2026 and done (outside the period). 5 of 7 on time.
        List<UUID> juneCases = jdbc.sql("SELECT id FROM marac_referral WHERE meeting_id = ? ORDER BY referred_on")
                .param(inJune).query(UUID.class).list();
        for (int i = 0; i < juneCases.size(); i++) {
            action(inJune, juneCases.get(i), LocalDate.of(2025, 7, 3), i == 4 ? LocalDate.of(2025, 7, 10)
                    : LocalDate.of(2025, 7, 1));
        }
        action(inSeptember, r, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 2));
        action(inSeptember, r, LocalDate.of(2025, 10, 2), null);
        action(inSeptember, r, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 10));
    }

    private void action(UUID meeting, UUID maracReferral, LocalDate due, LocalDate closed) {
        jdbc.sql("""
                INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk, owner_agency_id,
                    due_on, closed_at)
                VALUES (?, ?, ?, 'VICTIM', 'Safety plan', 'Isolation', ?, ?,
                    (CAST(? AS date) + TIME '23:30') AT TIME ZONE 'Europe/London')""")
                .params(UUID.randomUUID(), meeting, maracReferral, police.id().value(), due, closed).update();
    }

    private UUID maracMeeting(UUID marac, LocalDate on, boolean published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at) VALUES (?, ?, ?, ?)")
                .params(id, marac, on, published ? java.sql.Timestamp.valueOf(on.minusDays(7).atStartOfDay()) : null)
                .update();
        return id;
    }

    private UUID maracReferral(UUID marac, UUID victim, UUID referral, LocalDate on, boolean repeat, UUID meeting) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                    referred_by_name, referring_agency_id, criteria, evidence, consent, repeat, meeting_id)
                VALUES (?, ?, ?, ?, 'TRIAGE', ?, ?, 'Test', ?, '{VISIBLE_HIGH_RISK}', 'test', 'GIVEN', ?, ?)""")
                .params(id, "MR-INS-" + id.toString().substring(0, 8), marac, victim, referral, on,
                        partner.id().value(), repeat, meeting).update();
        return id;
    }

    private void research(UUID meeting, UUID maracReferral, LocalDate due, LocalDate returned) {
        jdbc.sql("""
                INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on, nothing_held,
                    returned_at) VALUES (?, ?, ?, ?, ?, true, (CAST(? AS date) + TIME '15:00') AT TIME ZONE 'Europe/London')""")
                .params(UUID.randomUUID(), meeting, maracReferral, police.id().value(), due, returned).update();
    }

    private UUID person(String sex, String ethnicity, String language, LocalDate dob, String disability) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, given_name, family_name, date_of_birth, sex, ethnicity, first_language,
                    disability, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name(), name(), dob, sex, ethnicity, language, disability, assessor).update();
        return id;
    }

    /** The family name given to a person of this data set (for checking it never shows). */
    String name(UUID person) {
        return jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(person).query(String.class).single();
    }

    /**
     * A made-up name of random letters: unlike each other, so these people never look like near-duplicates to the
     * matching engine, which learns from every record in the shared database.
     */
    private static String name() {
        String n = Fixtures.uniqueName("");
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static int random(int bound) {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
    }

    private UUID referral(UUID victim, Agency agency, LocalDate received, String outcome, int daysToDecision,
            boolean childrenPresent) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    area_id, triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN', ?, ?, ?,
                    CASE WHEN CAST(? AS text) IS NULL THEN NULL
                         ELSE (CAST(? AS date) + CAST(? AS integer) + TIME '12:00') AT TIME ZONE 'Europe/London' END)""")
                .params(id, "T-" + id, agency.id().value(), received, victim, area.id().value(), outcome,
                        outcome == null ? null : "Test decision", outcome, received, daysToDecision)
                .update();
        published.add(new ReferralReceived(new ReferralId(id), new PersonId(victim), agency.id(), ReferralSource.WEB));
        if (childrenPresent) {
            UUID child = person("NOT_KNOWN", null, null, null, "NOT_KNOWN");
            jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)").params(id, child)
                    .update();
        }
        return id;
    }

    private void assess(UUID victim, LocalDate on, UUID referral, boolean high) {
        int score = high ? 15 : 11;
        jdbc.sql("""
                INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                    referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 14, ?, ?, ?)""")
                .params(UUID.randomUUID(), victim, questionnaire, assessor, police.id().value(), on, referral, score,
                        high, high ? "HIGH" : "MEDIUM", high ? "HIGH" : "MEDIUM")
                .update();
    }
}
