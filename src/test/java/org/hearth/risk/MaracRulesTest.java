package org.hearth.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.risk.IncidentHistory.Incident;
import org.hearth.risk.MaracReferralHistory.PriorReferral;
import org.hearth.risk.MaracCriterion.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every MARAC criterion, including both sides of the 12-month edge, without Spring. */
class MaracRulesTest {

    private static final PersonId VICTIM = PersonId.random();
    private final MaracRules rules = MaracRules.DEFAULT;

    static RiskAssessment assessment(LocalDate on, int score, RiskGrade grade, String reason) {
        return assessment(on, Instant.parse("2025-01-01T10:00:00Z"), score, grade, reason);
    }

    static RiskAssessment assessment(LocalDate on, Instant recorded, int score, RiskGrade grade, String reason) {
        RiskPolicy policy = RiskPolicy.DEFAULT;
        return new RiskAssessment(RiskAssessmentId.random(), VICTIM, StaffUserId.random(), AgencyId.random(), on,
                recorded, new QuestionnaireId(UUID.randomUUID()), "SAFELIVES_RIC", 1,
                "SafeLives DASH Risk Identification Checklist", List.of(), null, score,
                policy.visibleHighThreshold(), policy.visibleHighRisk(score), policy.suggestedGrade(score), grade,
                reason, null);
    }

    static final PersonId PERPETRATOR = new PersonId(UUID.randomUUID());
    static final PersonId OTHER_PERPETRATOR = new PersonId(UUID.randomUUID());

    /** Incidents with {@link #PERPETRATOR}, and referrals to MARAC naming them. */
    record Incidents(List<LocalDate> police, List<PriorReferral> referrals, List<Incident> all)
            implements IncidentHistory, MaracReferralHistory {

        static Incidents police(String... dates) {
            return new Incidents(dates(dates), List.of(), with(PERPETRATOR, dates));
        }

        static Incidents referredThen(String referral, String... dates) {
            return new Incidents(List.of(), List.of(referral("M-1", referral, PERPETRATOR)), with(PERPETRATOR, dates));
        }

        static List<Incident> with(PersonId perpetrator, String... dates) {
            return dates(dates).stream().map(d -> new Incident(d, Set.of(perpetrator))).toList();
        }

        static PriorReferral referral(String reference, String on, PersonId... perpetrators) {
            return new PriorReferral(UUID.randomUUID().toString(), reference, LocalDate.parse(on), Set.of(perpetrators));
        }

        @Override
        public List<LocalDate> policeIncidentDates(PersonId victim) {
            return police;
        }

        @Override
        public List<PriorReferral> referrals(PersonId victim) {
            return referrals;
        }

        @Override
        public List<Incident> incidents(PersonId victim) {
            return all;
        }
    }

    static List<LocalDate> dates(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    private MaracEligibility evaluate(String asOf, List<RiskAssessment> assessments, IncidentHistory incidents) {
        return rules.evaluate(VICTIM, LocalDate.parse(asOf), assessments, incidents,
                incidents instanceof MaracReferralHistory h ? h : MaracReferralHistory.NONE);
    }

    @ParameterizedTest(name = "{0} to {1}: within 12 months {2}")
    @CsvSource({
            "2024-06-10, 2024-06-10, true",
            "2024-06-10, 2025-06-09, true",
            "2024-06-10, 2025-06-10, false",
            "2024-06-10, 2025-06-11, false",
            "2024-06-10, 2024-06-09, false",
            // from 29 February: 28 February is 11 months 30 days on; 1 March is the first day outside
            "2024-02-29, 2025-02-28, true",
            "2024-02-29, 2025-03-01, false",
            // to 29 February
            "2023-02-28, 2024-02-29, false",
            "2023-03-01, 2024-02-29, true",
            "2024-02-28, 2025-02-28, false",
            "2024-02-29, 2025-02-27, true",
            // month ends
            "2024-03-31, 2025-03-30, true",
            "2024-03-31, 2025-03-31, false",
            "2024-01-31, 2025-01-30, true"})
    void twelveMonthEdge(LocalDate earlier, LocalDate later, boolean within) {
        assertThat(MaracRules.withinTwelveMonths(earlier, later)).isEqualTo(within);
    }

    @ParameterizedTest(name = "window to {0} starts {1}")
    @CsvSource({"2025-06-10, 2024-06-11", "2025-02-28, 2024-02-29", "2024-02-29, 2023-03-01",
            "2025-03-01, 2024-03-02", "2025-03-31, 2024-04-01"})
    void windowStartIsTheFirstDayWithin(LocalDate asOf, LocalDate start) {
        assertThat(MaracRules.twelveMonthsStart(asOf)).isEqualTo(start);
        assertThat(MaracRules.withinTwelveMonths(start, asOf)).isTrue();
        assertThat(MaracRules.withinTwelveMonths(start.minusDays(1), asOf)).isFalse();
    }

    // (a) visible high risk

    @ParameterizedTest(name = "latest score {0} graded {1}: visible high risk {2}")
    @CsvSource({"13, HIGH, false", "14, HIGH, true", "24, HIGH, true", "0, STANDARD, false"})
    void visibleHighRiskFromTheLatestAssessment(int score, RiskGrade grade, boolean met) {
        var eligibility = evaluate("2025-06-10",
                List.of(assessment(LocalDate.parse("2025-06-01"), score, grade, "reason")), IncidentHistory.NONE);
        assertThat(eligibility.meets(Kind.VISIBLE_HIGH_RISK)).isEqualTo(met);
        assertThat(eligibility.criterion(Kind.VISIBLE_HIGH_RISK).orElseThrow().explanation())
                .contains(score + " \"yes\" answers", "1 June 2025");
    }

    @Test
    void onlyTheLatestAssessmentCounts() {
        var older = assessment(LocalDate.parse("2025-01-10"), 16, RiskGrade.HIGH, null);
        var newer = assessment(LocalDate.parse("2025-05-10"), 8, RiskGrade.STANDARD, null);
        assertThat(evaluate("2025-06-10", List.of(older, newer), IncidentHistory.NONE).eligible()).isFalse();
        assertThat(evaluate("2025-06-10", List.of(newer, older), IncidentHistory.NONE).eligible()).isFalse();
        // as of a date before the newer one, the older one is the latest
        assertThat(evaluate("2025-05-09", List.of(older, newer), IncidentHistory.NONE).meets(Kind.VISIBLE_HIGH_RISK))
                .isTrue();
        // same day: the one recorded last
        var sameDayLater = assessment(LocalDate.parse("2025-05-10"), Instant.parse("2025-05-10T15:00:00Z"), 15,
                RiskGrade.HIGH, null);
        var sameDayEarlier = assessment(LocalDate.parse("2025-05-10"), Instant.parse("2025-05-10T09:00:00Z"), 3,
                RiskGrade.STANDARD, null);
        assertThat(evaluate("2025-06-10", List.of(sameDayLater, sameDayEarlier), IncidentHistory.NONE)
                .meets(Kind.VISIBLE_HIGH_RISK)).isTrue();
    }

    @Test
    void noAssessmentsNoIncidentsNotEligible() {
        var eligibility = evaluate("2025-06-10", List.of(), IncidentHistory.NONE);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.criteria()).extracting(MaracCriterion::kind).containsExactly(Kind.VISIBLE_HIGH_RISK,
                Kind.PROFESSIONAL_JUDGEMENT, Kind.POTENTIAL_ESCALATION, Kind.REPEAT);
        assertThat(eligibility.criteria()).allSatisfy(c -> assertThat(c.explanation()).isNotBlank());
        assertThat(eligibility.criterion(Kind.VISIBLE_HIGH_RISK).orElseThrow().explanation())
                .isEqualTo("No risk assessment has been recorded.");
    }

    // (b) professional judgement

    @ParameterizedTest(name = "score {0} graded {1} with reason \"{2}\": professional judgement {3}")
    @CsvSource(nullValues = "null", value = {
            "9, HIGH, Strangled last week, true",
            "13, HIGH, Threats to kill, true",
            "9, HIGH, null, false",
            "9, HIGH, '  ', false",
            "9, MEDIUM, Raised on judgement, false",
            "14, HIGH, Also a reason, false",
            "20, HIGH, null, false"})
    void professionalJudgement(int score, RiskGrade grade, String reason, boolean met) {
        var eligibility = evaluate("2025-06-10",
                List.of(assessment(LocalDate.parse("2025-06-01"), score, grade, reason)), IncidentHistory.NONE);
        assertThat(eligibility.meets(Kind.PROFESSIONAL_JUDGEMENT)).isEqualTo(met);
        if (met) {
            assertThat(eligibility.criterion(Kind.PROFESSIONAL_JUDGEMENT).orElseThrow().explanation())
                    .contains("professional judgement", reason);
        }
    }

    // (c) potential escalation

    @ParameterizedTest(name = "as of {0}, police incidents {1}: escalation {2}")
    @CsvSource(delimiter = '|', value = {
            "2025-06-10 | 2025-01-01 2025-03-01 2025-06-10 | true",
            "2025-06-10 | 2024-06-11 2025-01-01 2025-03-01 | true",
            // the same day a year before is outside the window
            "2025-06-10 | 2024-06-10 2025-01-01 2025-03-01 | false",
            "2025-06-10 | 2025-01-01 2025-03-01 | false",
            // after the date: not yet
            "2025-06-10 | 2025-01-01 2025-03-01 2025-06-11 | false",
            // 29 February in the window to 28 February
            "2025-02-28 | 2024-02-29 2024-10-01 2025-01-01 | true",
            "2025-02-28 | 2024-02-28 2024-10-01 2025-01-01 | false",
            // window to 29 February
            "2024-02-29 | 2023-03-01 2023-10-01 2024-02-29 | true",
            "2024-02-29 | 2023-02-28 2023-10-01 2024-02-29 | false",
            // window to 1 March after a leap day
            "2025-03-01 | 2024-02-29 2024-10-01 2025-01-01 | false",
            "2025-03-01 | 2024-03-02 2024-10-01 2025-01-01 | true"})
    void potentialEscalation(String asOf, String incidents, boolean met) {
        var eligibility = evaluate(asOf, List.of(), Incidents.police(incidents.split(" ")));
        assertThat(eligibility.meets(Kind.POTENTIAL_ESCALATION)).isEqualTo(met);
        assertThat(eligibility.eligible()).isEqualTo(met);
    }

    @Test
    void escalationThresholdIsConfigurable() {
        var incidents = Incidents.police("2025-01-01", "2025-03-01", "2025-05-01", "2025-06-01");
        assertThat(new MaracRules(4).evaluate(VICTIM, LocalDate.parse("2025-06-10"), List.of(), incidents, incidents)
                .meets(Kind.POTENTIAL_ESCALATION)).isTrue();
        assertThat(new MaracRules(5).evaluate(VICTIM, LocalDate.parse("2025-06-10"), List.of(), incidents, incidents)
                .meets(Kind.POTENTIAL_ESCALATION)).isFalse();
        assertThat(new MaracRules(5).evaluate(VICTIM, LocalDate.parse("2025-06-10"), List.of(), incidents, incidents)
                .criterion(Kind.POTENTIAL_ESCALATION).orElseThrow().explanation())
                .isEqualTo("4 police incidents in the 12 months from 11 June 2024 to 10 June 2025; potential "
                        + "escalation needs 5 or more.");
    }

    @Test
    void onlyPoliceIncidentsCountForEscalation() {
        var incidents = new Incidents(dates("2025-01-01"), List.of(),
                Incidents.with(PERPETRATOR, "2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"));
        assertThat(evaluate("2025-06-10", List.of(), incidents).meets(Kind.POTENTIAL_ESCALATION)).isFalse();
    }

    // (d) repeat

    @ParameterizedTest(name = "referred {0}, incidents {1}, as of {2}: repeat {3}")
    @CsvSource(delimiter = '|', value = {
            "2024-06-10 | 2025-01-05 | 2025-06-10 | true",
            "2024-06-10 | 2025-06-09 | 2025-06-10 | true",
            // the same day 12 months on is a new referral, not a repeat
            "2024-06-10 | 2025-06-10 | 2025-06-10 | false",
            "2024-06-10 | 2025-06-11 | 2025-07-01 | false",
            // the referral's own day is the incident referred
            "2024-06-10 | 2024-06-10 | 2025-06-10 | false",
            // before the referral
            "2024-06-10 | 2024-06-01 | 2025-06-10 | false",
            // not yet happened as of the date
            "2024-06-10 | 2025-01-05 | 2024-12-31 | false",
            // referred on 29 February
            "2024-02-29 | 2025-02-28 | 2025-03-31 | true",
            "2024-02-29 | 2025-03-01 | 2025-03-31 | false",
            // referred on 28 February before a leap day
            "2023-02-28 | 2024-02-27 | 2024-03-31 | true",
            "2023-02-28 | 2024-02-28 | 2024-03-31 | false",
            "2023-02-28 | 2024-02-29 | 2024-03-31 | false"})
    void repeat(String referral, String incident, String asOf, boolean met) {
        var eligibility = evaluate(asOf, List.of(), Incidents.referredThen(referral, incident));
        assertThat(eligibility.meets(Kind.REPEAT)).isEqualTo(met);
    }

    @Test
    void repeatExplainsItself() {
        var met = evaluate("2025-06-10", List.of(), Incidents.referredThen("2024-06-10", "2024-09-01", "2025-01-05"));
        assertThat(met.criterion(Kind.REPEAT).orElseThrow().explanation()).isEqualTo(
                "A new incident on 1 September 2024 with the same perpetrator came within 12 months of the last MARAC"
                        + " referral naming them (M-1, 10 June 2024).");
        assertThat(met.repeatOf().reference()).isEqualTo("M-1");
        var lapsed = evaluate("2025-08-10", List.of(), Incidents.referredThen("2024-06-10", "2025-07-01"));
        assertThat(lapsed.criterion(Kind.REPEAT).orElseThrow().explanation()).contains("new referral, not a repeat");
        var never = evaluate("2025-08-10", List.of(), Incidents.referredThen("2026-01-01", "2025-07-01"));
        assertThat(never.meets(Kind.REPEAT)).isFalse();
    }

    @Test
    void severalCriteriaCanBeMetAtOnce() {
        var incidents = new Incidents(dates("2025-01-01", "2025-02-01", "2025-03-01"),
                List.of(Incidents.referral("M-1", "2024-12-01", PERPETRATOR)),
                Incidents.with(PERPETRATOR, "2025-01-01", "2025-02-01", "2025-03-01"));
        var eligibility = evaluate("2025-06-10",
                List.of(assessment(LocalDate.parse("2025-06-01"), 17, RiskGrade.HIGH, null)), incidents);
        assertThat(eligibility.met()).extracting(MaracCriterion::kind)
                .containsExactly(Kind.VISIBLE_HIGH_RISK, Kind.POTENTIAL_ESCALATION, Kind.REPEAT);
    }

    // the same victim AND perpetrator(s)

    @Test
    void anIncidentWithAnotherPerpetratorIsNotARepeat() {
        var incidents = new Incidents(List.of(), List.of(Incidents.referral("M-1", "2024-06-10", PERPETRATOR)),
                Incidents.with(OTHER_PERPETRATOR, "2025-01-05"));
        var eligibility = evaluate("2025-06-10", List.of(), incidents);
        assertThat(eligibility.meets(Kind.REPEAT)).isFalse();
        assertThat(eligibility.repeatOf()).isNull();
        // nor one with no perpetrator named
        var unnamed = new Incidents(List.of(), List.of(Incidents.referral("M-1", "2024-06-10", PERPETRATOR)),
                List.of(new Incident(LocalDate.parse("2025-01-05"), Set.of())));
        assertThat(evaluate("2025-06-10", List.of(), unnamed).meets(Kind.REPEAT)).isFalse();
    }

    @Test
    void oneSharedPerpetratorOfSeveralMakesARepeat() {
        var incidents = new Incidents(List.of(),
                List.of(Incidents.referral("M-1", "2024-06-10", PERPETRATOR, OTHER_PERPETRATOR)),
                Incidents.with(OTHER_PERPETRATOR, "2025-01-05"));
        assertThat(evaluate("2025-06-10", List.of(), incidents).repeatOf().reference()).isEqualTo("M-1");
    }

    @Test
    void theTwelveMonthsCountFromTheLastReferralNamingThePerpetrator() {
        // referred about PERPETRATOR in 2023 and again in June 2024; an incident in May 2025 repeats the 2024 one
        var incidents = new Incidents(List.of(), List.of(
                Incidents.referral("M-1", "2023-03-01", PERPETRATOR),
                Incidents.referral("M-2", "2024-06-10", PERPETRATOR),
                Incidents.referral("M-3", "2025-01-01", OTHER_PERPETRATOR)),
                Incidents.with(PERPETRATOR, "2025-05-01"));
        var eligibility = evaluate("2025-06-10", List.of(), incidents);
        assertThat(eligibility.repeatOf().reference()).isEqualTo("M-2");
        // an old incident that repeated the 2023 referral is superseded by the later referral
        var old = new Incidents(List.of(), incidents.referrals(), Incidents.with(PERPETRATOR, "2023-09-01"));
        assertThat(evaluate("2025-06-10", List.of(), old).meets(Kind.REPEAT)).isFalse();
        // at the edge: 12 months to the day after M-2 is a new referral
        var edge = new Incidents(List.of(), incidents.referrals(), Incidents.with(PERPETRATOR, "2025-06-10"));
        assertThat(evaluate("2025-06-10", List.of(), edge).meets(Kind.REPEAT)).isFalse();
        var dayBefore = new Incidents(List.of(), incidents.referrals(), Incidents.with(PERPETRATOR, "2025-06-09"));
        assertThat(evaluate("2025-06-10", List.of(), dayBefore).repeatOf().reference()).isEqualTo("M-2");
    }
}
