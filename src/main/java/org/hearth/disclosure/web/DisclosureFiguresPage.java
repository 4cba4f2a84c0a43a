package org.hearth.disclosure.web;

import java.time.LocalDate;
import java.time.Month;
import org.hearth.audit.NotAudited;
import org.hearth.disclosure.Disclosures;
import org.hearth.platform.Dates;
import org.hearth.platform.FinancialYears;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Figures for a financial year: applications by route, disclosed, not disclosed, open, % disclosed, days taken
 * against 28; every count through insights' small-number suppression. Coordinators, administrators, analysts and the
 * disclosure team.
 */
@Controller
class DisclosureFiguresPage {

    static final String ROLES = "hasAnyRole('DISCLOSURE_TEAM', 'PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST')";

    private final Disclosures disclosures;

    DisclosureFiguresPage(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/disclosure/figures")
    @PreAuthorize(ROLES)
    @NotAudited("Suppressed counts only: no person")
    String figures(@RequestParam(required = false) String year, Model model) {
        LocalDate today = disclosures.today();
        int current = FinancialYears.startingYear(today);
        int chosen = current;
        String error = null;
        if (year != null && !year.isBlank()) {
            try {
                chosen = Integer.parseInt(year.strip());
                if (chosen < 2000 || chosen > current) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                error = "Enter a year from 2000 to " + current + ", for example " + current;
                chosen = current;
            }
        }
        LocalDate from = LocalDate.of(chosen, Month.APRIL, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        model.addAttribute("year", year == null || year.isBlank() ? String.valueOf(chosen) : year);
        model.addAttribute("yearError", error);
        model.addAttribute("from", Dates.day(from));
        model.addAttribute("to", Dates.day(to));
        model.addAttribute("heads", DisclosureViews.FIGURE_HEADS);
        model.addAttribute("rows", DisclosureViews.figures(disclosures.figures(from, to)));
        return "disclosure/figures";
    }
}
