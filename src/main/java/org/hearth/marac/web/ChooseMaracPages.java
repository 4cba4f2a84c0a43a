package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral to MARAC no MARAC was found for (the victim's area is not covered, or a county-wide agency referred
 * with no area in a partnership of several MARACs): the coordinator chooses its MARAC, and it is listed on that
 * MARAC's next meeting with room. Hub/MARAC coordinators only.
 */
@Controller
@PreAuthorize("hasRole('HUB_COORDINATOR')")
class ChooseMaracPages {

    static final String FORM = "chooseForm";

    private final MaracReferrals referrals;
    private final Maracs maracs;
    private final Partnerships partnerships;

    ChooseMaracPages(MaracReferrals referrals, Maracs maracs, Partnerships partnerships) {
        this.referrals = referrals;
        this.maracs = maracs;
        this.partnerships = partnerships;
    }

    @GetMapping("/marac/referrals/{id}/marac")
    @Audited(action = AuditAction.READ, recordType = "marac-referral", ids = "#id", reason = "'choose a MARAC'")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute(FORM, new ChooseMaracForm());
        return page(referral(id), model);
    }

    @PostMapping("/marac/referrals/{id}/marac")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-referral", ids = "#id", reason = "'MARAC chosen'")
    String choose(@PathVariable UUID id, @ModelAttribute(FORM) ChooseMaracForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MaracReferral referral = referral(id);
        try {
            MaracReferral chosen = referrals.chooseMarac(referral.id(), FormErrors.id(form.getMarac(), MaracId::new));
            String name = maracs.find(chosen.marac()).map(m -> m.name()).orElse("the MARAC");
            redirect.addFlashAttribute("success", chosen.reference() + (chosen.meeting() == null
                    ? " now waits for a meeting of " + name + " with room"
                    : " is listed on the next meeting of " + name + " with room"));
            return "redirect:/marac";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(referral, model);
    }

    private MaracReferral referral(UUID id) {
        return referrals.find(new MaracReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(MaracReferral r, Model model) {
        model.addAttribute("referral", r);
        model.addAttribute("details", List.of(
                new SummaryRow("Reference", r.reference()),
                new SummaryRow("Referred on", Dates.day(r.referredOn())),
                new SummaryRow("Referred by", r.referredBy() + ", "
                        + partnerships.agency(r.referringAgency()).map(a -> a.name()).orElse("an unknown agency")),
                new SummaryRow("Latest risk score", r.riskScore() == null ? "No DASH recorded" : String.valueOf(r.riskScore()))));
        model.addAttribute("options", maracs.all().stream()
                .map(m -> new Option(m.id().toString(), m.name())).toList());
        return "marac/choose";
    }
}
