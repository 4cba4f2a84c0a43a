package org.hearth.strategy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.platform.FinancialYears;
import org.hearth.platform.web.DateParts;
import org.hearth.strategy.Bvpi225Assessment;
import org.springframework.validation.BindingResult;

/** Starting a period, as typed: its name ("2026/27") and dates. Strings only, so nothing fails to bind. */
public class PeriodForm {

    static final List<String> FIELDS = List.of("period", "startsOn", "endsOn");

    private String period = "";
    private DateParts startsOn = new DateParts();
    private DateParts endsOn = new DateParts();

    /** The financial year {@code today} falls in (April to March), as the indicator was reported. */
    static PeriodForm forYearOf(LocalDate today) {
        int year = FinancialYears.startingYear(today);
        PeriodForm form = new PeriodForm();
        form.period = year + "/" + String.format("%02d", (year + 1) % 100);
        form.startsOn = DateParts.of(LocalDate.of(year, 4, 1));
        form.endsOn = DateParts.of(LocalDate.of(year + 1, 3, 31));
        return form;
    }

    /** The period's name and dates, or null with errors recorded against the fields. */
    Valid validate(BindingResult result, java.util.function.Predicate<String> exists) {
        Optional<String> name = Bvpi225Assessment.period(period);
        if (period == null || period.isBlank()) {
            result.rejectValue("period", "required", "Enter the period, for example 2026/27");
        } else if (name.isEmpty()) {
            result.rejectValue("period", "format", "Enter the period as a year and the next, for example 2026/27");
        } else if (exists.test(name.get())) {
            result.rejectValue("period", "exists", "BVPI 225 for " + name.get() + " has already been started");
        }
        LocalDate starts = date(result, "startsOn", startsOn, "start");
        LocalDate ends = date(result, "endsOn", endsOn, "end");
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            result.rejectValue("endsOn", "order", "The end date must be after the start date");
        }
        return result.hasErrors() ? null : new Valid(name.get(), starts, ends);
    }

    record Valid(String period, LocalDate startsOn, LocalDate endsOn) {
    }

    private static LocalDate date(BindingResult result, String field, DateParts parts, String which) {
        if (parts == null || parts.blank()) {
            result.rejectValue(field, "required", "Enter the date the period " + (which.equals("start") ? "starts" : "ends"));
            return null;
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            result.rejectValue(field, "invalid", "The " + which + " date must be a real date, for example 1 4 2026");
            return null;
        }
        return date.get();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public DateParts getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateParts startsOn) {
        this.startsOn = startsOn;
    }

    public DateParts getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateParts endsOn) {
        this.endsOn = endsOn;
    }
}
