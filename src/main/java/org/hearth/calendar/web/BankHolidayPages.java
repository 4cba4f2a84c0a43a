package org.hearth.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.audit.NotAudited;
import org.hearth.calendar.BankHolidays;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bank holidays, for system administrators: the list by year, adding a day and removing one. */
@Controller
@RequestMapping("/admin/bank-holidays")
@NotAudited("bank holidays are the partnership's calendar, not people; BankHolidays records each change")
class BankHolidayPages {

    static final String FORM = "holidayForm";

    /** A row of the year's table. */
    record HolidayRow(String day, String date, String weekday, String name) {
    }

    private final BankHolidays holidays;

    BankHolidayPages(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @Navigation(label = "Bank holidays", order = 85, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(Dates.UK).getYear() : year;
        model.addAttribute("year", shown);
        List<Integer> years = new ArrayList<>(holidays.years());
        if (!years.contains(shown)) {
            years.add(shown);
            years.sort(java.util.Comparator.reverseOrder());
        }
        model.addAttribute("years", years);
        model.addAttribute("holidays", holidays.inYear(shown).stream()
                .map(h -> new HolidayRow(h.day().toString(), Dates.day(h.day()),
                        h.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK),
                        h.name()))
                .toList());
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new BankHolidayForm());
        }
        return "calendar/bank-holidays";
    }

    @PostMapping
    String add(@ModelAttribute(FORM) BankHolidayForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LocalDate day = FormErrors.date(result, "day", form.getDay());
        try {
            FormErrors.refuseAny(result);
            var added = holidays.add(day, form.getName());
            redirect.addFlashAttribute("success", added.name() + " on " + Dates.day(added.day()) + " added");
            return "redirect:/admin/bank-holidays?year=" + added.day().getYear();
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(day == null ? null : day.getYear(), model);
    }

    @PostMapping("/{day}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        if (holidays.remove(day)) {
            redirect.addFlashAttribute("success", "The bank holiday on " + Dates.day(day) + " was removed");
        }
        return "redirect:/admin/bank-holidays?year=" + day.getYear();
    }
}
