package org.hearth.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each order type's clocks as the data gives them, over the calendar module's bank holidays: the 48 hours of a
 * DVPN/DVPO or DAPN/DAPO over a weekend, over Good Friday and Easter Monday, over Christmas Day on a Saturday (its
 * bank holiday observed on the 27th); the DAPO's 3 days to give the police a name and address; the per-type warning
 * before an order ends (a 14-day DVPO does not warn on its first day); the lengths.
 */
@HearthIntegrationTest
class OrderRulesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Orders orders;
    @Autowired
    OrderClocks clocks;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * The hearing clocks as V160 ships them: the shared test database is also posted to by the input fuzzer and the
     * order type admin's tests, which may change a clock (an unticked "enforced" box is a change).
     */
    @org.junit.jupiter.api.BeforeEach
    void shippedClocks() {
        jdbc.sql("""
                UPDATE order_type_clock SET amount = 48, unit = 'HOURS', enforced = true,
                    excluded = '{SUNDAY,BANK_HOLIDAY,CHRISTMAS_DAY,GOOD_FRIDAY}',
                    anchor = CASE WHEN type_code IN ('DVPN', 'DAPN') THEN 'MADE' ELSE 'NOTICE' END
                WHERE kind = 'HEARING' AND type_code IN ('DVPN', 'DVPO', 'DAPN', 'DAPO')""").update();
    }

    private Map<String, OrderType> types() {
        return orders.types().stream().collect(Collectors.toMap(OrderType::code, t -> t));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }

    private Instant hearingDue(String type, String from) {
        return clocks.due(types().get(type).clock(ClockRule.Kind.HEARING).orElseThrow(), at(from));
    }

    @Test
    void everyNoticeAndItsOrderIsHeardWithin48HoursLeavingOutSundaysBankHolidaysChristmasDayAndGoodFriday() {
        for (String type : new String[] {"DVPN", "DVPO", "DAPN", "DAPO"}) {
            ClockRule rule = types().get(type).clock(ClockRule.Kind.HEARING).orElseThrow();
            assertThat(rule.amount()).as(type).isEqualTo(48);
            assertThat(rule.unit()).isEqualTo(ClockRule.Unit.HOURS);
            assertThat(rule.enforced()).isTrue();
            assertThat(rule.excluded()).containsExactlyInAnyOrder(ExcludedDay.SUNDAY, ExcludedDay.BANK_HOLIDAY,
                    ExcludedDay.CHRISTMAS_DAY, ExcludedDay.GOOD_FRIDAY);
            // a weekend: Friday 18:00 + 6 hours of Friday + 24 of Saturday (Sunday left out) + 18 of Monday
            assertThat(hearingDue(type, "2026-12-04T18:00")).as(type).isEqualTo(at("2026-12-07T18:00"));
            // Easter 2026: Thursday 15:00, Good Friday out, Saturday counts, Sunday and Easter Monday out
            assertThat(hearingDue(type, "2026-04-02T15:00")).as(type).isEqualTo(at("2026-04-07T15:00"));
            // Christmas Day 2027 is a Saturday (bank holidays Monday 27th and Tuesday 28th): Friday 10:00 + 14 hours,
            // Saturday 25th out as Christmas Day, Sunday out, 27th and 28th out, 24 hours of the 29th, 10 of the 30th
            assertThat(hearingDue(type, "2027-12-24T10:00")).as(type).isEqualTo(at("2027-12-30T10:00"));
        }
        assertThat(types().get("DVPN").clock(ClockRule.Kind.HEARING).get().anchor()).isEqualTo(ClockRule.Anchor.MADE);
        assertThat(types().get("DVPO").clock(ClockRule.Kind.HEARING).get().anchor())
                .isEqualTo(ClockRule.Anchor.NOTICE);
    }

    @Test
    void christmasDayAndGoodFridayAreLeftOutByTheirOwnRules() {
        // without the Christmas Day rule, the Saturday would count and the hearing be due a day earlier
        ClockRule bankHolidaysOnly = new ClockRule(ClockRule.Kind.HEARING, "test", ClockRule.Anchor.MADE, 48,
                ClockRule.Unit.HOURS, Set.of(ExcludedDay.SUNDAY, ExcludedDay.BANK_HOLIDAY), true);
        assertThat(clocks.due(bankHolidaysOnly, at("2027-12-24T10:00"))).isEqualTo(at("2027-12-29T10:00"));
        ClockRule christmasOnly = new ClockRule(ClockRule.Kind.HEARING, "test", ClockRule.Anchor.MADE, 48,
                ClockRule.Unit.HOURS, Set.of(ExcludedDay.CHRISTMAS_DAY), true);
        assertThat(clocks.due(christmasOnly, at("2027-12-24T10:00"))).isEqualTo(at("2027-12-27T10:00"));
        // Good Friday as the calendar names it: Thursday 12:00, Friday out, Saturday 24 and Sunday 12 hours
        ClockRule goodFridayOnly = new ClockRule(ClockRule.Kind.HEARING, "test", ClockRule.Anchor.MADE, 48,
                ClockRule.Unit.HOURS, Set.of(ExcludedDay.GOOD_FRIDAY), true);
        assertThat(clocks.due(goodFridayOnly, at("2026-04-02T12:00"))).isEqualTo(at("2026-04-05T12:00"));
        // a notice given on a Sunday starts counting at Monday's midnight
        ClockRule statutory = types().get("DVPN").clock(ClockRule.Kind.HEARING).orElseThrow();
        assertThat(clocks.due(statutory, at("2026-12-06T09:00"))).isEqualTo(at("2026-12-09T00:00"));
        assertThat(statutory.describeFrom()).isEqualTo("48 hours of when the notice or order was made, leaving out "
                + "Sundays, bank holidays, Christmas Day and Good Friday");
    }

    @Test
    void aDapoSubjectGivesTheirNameAndAddressWithin3DaysOfServiceAndOtherTypesHaveNoClocks() {
        ClockRule notification = types().get("DAPO").clock(ClockRule.Kind.NOTIFICATION).orElseThrow();
        assertThat(notification.anchor()).isEqualTo(ClockRule.Anchor.SERVED);
        assertThat(clocks.due(notification, at("2026-12-04T18:00"))).isEqualTo(at("2026-12-07T18:00"));
        assertThat(notification.enforced()).isFalse();
        for (String type : new String[] {"NON_MOLESTATION", "OCCUPATION", "RESTRAINING", "BAIL"}) {
            assertThat(types().get(type).clocks()).as(type).isEmpty();
        }
        assertThat(types().get("DVPN").clocks()).hasSize(1);
        assertThat(types().get("DAPO").clocks()).hasSize(2);
        Clock running = new Clock(notification, at("2026-12-04T18:00"), at("2026-12-07T18:00"), null);
        assertThat(running.status(at("2026-12-07T17:59"))).isEqualTo(Clock.Status.RUNNING);
        assertThat(running.status(at("2026-12-07T18:01"))).isEqualTo(Clock.Status.MISSED);
        assertThat(new Clock(notification, at("2026-12-04T18:00"), at("2026-12-07T18:00"), at("2026-12-08T09:00"))
                .status(at("2026-12-09T00:00"))).isEqualTo(Clock.Status.MET_LATE);
    }

    @Test
    void theWarningBeforeAnOrderEndsHasALeadTimePerTypeSoA14DayDvpoDoesNotWarnOnItsFirstDay() {
        OrderType dvpo = types().get("DVPO");
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocalDate last = first.plusDays(13); // 14 days
        assertThat(dvpo.lengthProblem(first, last)).isEmpty();
        assertThat(dvpo.warningDays()).isLessThan(14);
        assertThat(dvpo.warnsOn(last, first)).as("day one").isFalse();
        assertThat(dvpo.warnsOn(last, last.minusDays(dvpo.warningDays() + 1))).isFalse();
        assertThat(dvpo.warnsOn(last, last.minusDays(dvpo.warningDays()))).isTrue();
        assertThat(dvpo.warnsOn(last, last)).as("the last day").isTrue();
        assertThat(dvpo.warnsOn(last, last.plusDays(1))).as("ended").isFalse();
        // a 14-day warning would have fired on the first day of a 14-day DVPO; a non-molestation order's 28 days do
        // fire on the first day of a 14-day order, which is why the lead time belongs to the type
        OrderType nmo = types().get("NON_MOLESTATION");
        assertThat(nmo.warningDays()).isEqualTo(28);
        assertThat(nmo.warnsOn(last, first)).isTrue();
        assertThat(nmo.warnsOn(first.plusMonths(6), first)).isFalse();
        assertThat(types().get("DAPO").warnsOn(null, first)).as("no end date, no warning").isFalse();
        assertThat(types().values()).allSatisfy(t -> assertThat(t.warningDays()).isNotNegative());
    }

    @Test
    void aDvpoLasts14To28DaysAndADapoHasNoFixedLength() {
        OrderType dvpo = types().get("DVPO");
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(dvpo.lengthProblem(first, first.plusDays(27))).isEmpty();
        assertThat(dvpo.lengthProblem(first, first.plusDays(29)))
                .contains("DVPOs last 28 days at most: this one lasts 30 days");
        assertThat(dvpo.lengthProblem(first, first.plusDays(12)))
                .contains("DVPOs last at least 14 days: this one lasts 13 days");
        assertThat(dvpo.endRequired()).isTrue();
        OrderType dapo = types().get("DAPO");
        assertThat(dapo.lengthProblem(first, first.plusYears(5))).isEmpty();
        assertThat(dapo.lengthProblem(first, first)).isEmpty();
        assertThat(dapo.endRequired()).isFalse();
        assertThat(dapo.applicants()).contains(Applicant.POLICE, Applicant.VICTIM, Applicant.THIRD_PARTY);
        assertThat(dapo.electronicMonitoring()).isTrue();
        assertThat(dapo.availableFrom()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(dapo.areas()).extracting(OrderType.PilotArea::name).contains("Greater Manchester Police",
                "British Transport Police");
        assertThat(types().get("DVPN").authorisation()).contains("superintendent");
        assertThat(types().get("DVPO").noticeRequired()).isTrue();
        assertThat(types()).containsKeys("NON_MOLESTATION", "OCCUPATION", "RESTRAINING", "BAIL");
    }
}
