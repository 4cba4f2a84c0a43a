package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Working days counted against the bank holidays, and the administrator's page that keeps them. */
@HearthIntegrationTest
class CalendarTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkingDays days;
    @Autowired
    BankHolidays holidays;
    @Autowired
    JdbcClient jdbc;

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 4))).isTrue(); // Friday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse(); // Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // Boxing Day, substitute
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void aFridayReferralWithATwoWorkingDayTargetIsDueOnTuesday() {
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 4), 2)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 4), 0)).isEqualTo(LocalDate.of(2026, 12, 4));
        // a Saturday counts from the Monday
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 5), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
        // Christmas Eve 2026 (Thursday): Christmas Day and the substitute Boxing Day are skipped
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 30));
        // Easter 2027: Thursday, then Good Friday and Easter Monday off
        assertThat(days.addWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        // a long count runs past the first span read and still skips the holidays beyond it
        assertThat(days.addWorkingDays(LocalDate.of(2026, 1, 2), 252)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theNextWorkingDayAndTheCountBetween() {
        assertThat(days.nextWorkingDay(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(days.nextWorkingDay(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 8))).isEqualTo(2);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 4))).isZero();
        // 2 working days before a Tuesday is the Friday; before Tuesday 29 December 2026, Wednesday 23rd
        assertThat(days.minusWorkingDays(LocalDate.of(2026, 12, 8), 2)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(days.minusWorkingDays(LocalDate.of(2026, 12, 29), 2)).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void anAdministratorAddsAndRemovesADayAndEveryClockSeesIt() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        LocalDate day = LocalDate.of(2029, 6, 13); // a Wednesday, outside the loaded years
        assertThat(days.isWorkingDay(day)).isTrue();
        Page added = web.post("/admin/bank-holidays",
                Map.of("day.day", "13", "day.month", "6", "day.year", "2029", "name", "State funeral"));
        assertThat(added.status()).isEqualTo(303);
        Page year = web.get(added.location());
        assertThat(year.html().select("#holidays tbody tr").eachText()).anyMatch(t -> t.contains("State funeral"));
        assertThat(days.isWorkingDay(day)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'bank-holiday' AND action = 'CREATE'"
                + " AND '2029-06-13' = ANY(record_ids)").query(Integer.class).single()).isEqualTo(1);

        assertThat(web.post("/admin/bank-holidays/2029-06-13/remove", Map.of()).status()).isEqualTo(303);
        assertThat(days.isWorkingDay(day)).isTrue();
    }

    @Test
    void badDaysAreRefusedOnTheirFields() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page weekend = web.post("/admin/bank-holidays",
                Map.of("day.day", "5", "day.month", "12", "day.year", "2026", "name", ""));
        assertThat(weekend.status()).isEqualTo(400);
        assertThat(weekend.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#day", "#name");
        assertThat(weekend.html().selectFirst("#day-error").text()).contains("weekday");
        Page duplicate = web.post("/admin/bank-holidays",
                Map.of("day.day", "25", "day.month", "12", "day.year", "2026", "name", "Christmas again"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.html().selectFirst("#day-error").text()).contains("already");
        Page unreal = web.post("/admin/bank-holidays",
                Map.of("day.day", "31", "day.month", "2", "day.year", "2027", "name", "Nonsense"));
        assertThat(unreal.status()).isEqualTo(400);
        assertThat(unreal.html().selectFirst("#day-error").text()).contains("real date")
                .doesNotContain("Enter the date");
        assertThat(unreal.html().select(".govuk-error-summary__list a").eachText()).as("one message, on the day")
                .containsExactly("The date must be a real date, for example 27 3 2026");
        assertThat(unreal.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#day");
        assertThat(holidays.inYear(2027)).extracting(BankHoliday::name).doesNotContain("Nonsense", "Christmas again");
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(web.post("/admin/bank-holidays",
                Map.of("day.day", "14", "day.month", "6", "day.year", "2029", "name", "Sneaky")).status()).isEqualTo(403);
        assertThat(web.post("/admin/bank-holidays/2026-12-25/remove", Map.of()).status()).isEqualTo(403);
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        // the module refuses too, whoever calls it
        assertThatThrownBy(() -> holidays.remove(LocalDate.of(2026, 12, 25))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holidays.add(LocalDate.of(2029, 6, 14), "x")).isInstanceOf(AccessDeniedException.class);
    }
}
