package org.hearth.subjectaccess.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.SubjectAccess;
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
 * The second approver's pages: corrections awaiting approval (the review list) and one proposed correction with its
 * before and after, approved or rejected by an officer other than its proposer (the module refuses the proposer).
 */
@Controller
@PreAuthorize(SubjectAccessPages.OFFICER)
class CorrectionsPages {

    private final SubjectAccess requests;

    CorrectionsPages(SubjectAccess requests) {
        this.requests = requests;
    }

    @GetMapping("/subject-access/corrections")
    @NotAudited("SubjectAccess.awaitingApproval audits the search with the corrections' ids")
    String list(Model model) {
        var pending = requests.awaitingApproval();
        model.addAttribute("rows", pending.stream().map(SubjectAccessViews::proposal).toList());
        model.addAttribute("links", pending.stream().map(c -> "/subject-access/corrections/" + c.id()).toList());
        return "subjectaccess/corrections";
    }

    @GetMapping("/subject-access/corrections/{cid}")
    @NotAudited("SubjectAccess.proposal audits the read")
    String one(@PathVariable UUID cid, Model model) {
        model.addAttribute("decisionForm", new DecisionForm());
        return page(load(cid), model);
    }

    @PostMapping("/subject-access/corrections/{cid}/approve")
    @NotAudited("SubjectAccess.approve audits the decision, and People.correct the correction, in one transaction")
    String approve(@PathVariable UUID cid, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ProposedCorrection c = load(cid);
        return FormPost.button(model, "decisionError", response, () -> {
            requests.approve(c.id());
            return FormPost.redirect(flash, "Approved: the record is corrected.", "/subject-access/corrections");
        }, () -> page(c, model.addAttribute("decisionForm", new DecisionForm())));
    }

    @PostMapping("/subject-access/corrections/{cid}/reject")
    @NotAudited("SubjectAccess.reject audits the decision in its transaction")
    String reject(@PathVariable UUID cid, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        ProposedCorrection c = load(cid);
        try {
            requests.reject(c.id(), form.getDecisionReason());
            return FormPost.redirect(flash, "Rejected: the record is unchanged.", "/subject-access/corrections");
        } catch (InvalidInputException e) {
            if (e.problems().stream().allMatch(p -> p.field().equals("decisionReason"))) {
                FormErrors.reject(result, e);
            } else {
                model.addAttribute("decisionError", e.problems().get(0).message());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(c, model);
    }

    private String page(ProposedCorrection c, Model model) {
        model.addAttribute("correction", c);
        // the proposer is never offered the decision (the module refuses it too, audited)
        model.addAttribute("own", org.hearth.access.Actor.current().map(me -> c.proposedBy().equals(me.actorId()))
                .orElse(false));
        model.addAttribute("rows", SubjectAccessViews.proposalRows(c));
        model.addAttribute("fields", DecisionForm.FIELDS);
        return "subjectaccess/correction";
    }

    /** The proposal, or 404: the module answers only the officers of the agency that holds it. */
    private ProposedCorrection load(UUID id) {
        return requests.proposal(new CorrectionId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
