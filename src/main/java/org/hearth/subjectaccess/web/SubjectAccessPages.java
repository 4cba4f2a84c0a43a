package org.hearth.subjectaccess.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.people.PersonCorrection;
import org.hearth.platform.Navigation;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.RepresentativeKind;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccess;
import org.hearth.subjectaccess.SubjectAccessPackage;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Information governance's pages: requests due, a new request, a request's page (identity, extension, the flagged
 * items and their review, the release, the output as PDF and JSON, corrections). Only {@link #OFFICER}; the module
 * checks again and audits every read.
 */
@Controller
@PreAuthorize(SubjectAccessPages.OFFICER)
class SubjectAccessPages {

    static final String OFFICER = "hasRole('INFORMATION_GOVERNANCE')";

    private final SubjectAccess requests;

    SubjectAccessPages(SubjectAccess requests) {
        this.requests = requests;
    }

    @Navigation(label = "Subject access", order = 33, roles = "INFORMATION_GOVERNANCE")
    @GetMapping("/subject-access")
    @NotAudited("SubjectAccess.list audits the search with the requests' ids")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        LocalDate today = requests.today();
        model.addAttribute("rows", requests.list(all).stream().map(r -> SubjectAccessViews.row(r, today)).toList());
        model.addAttribute("all", all);
        return "subjectaccess/list";
    }

    @GetMapping("/subject-access/new")
    @NotAudited("A blank form: no person data")
    String form(Model model) {
        model.addAttribute("requestForm", new RequestForm());
        return newPage(model);
    }

    @PostMapping("/subject-access")
    @NotAudited("SubjectAccess.open audits the search for the person and the new request in its transaction")
    String open(@ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        LocalDate received = FormErrors.date(result, "receivedOn", form.getReceivedOn());
        LocalDate checked = FormErrors.date(result, "identityCheckedOn", form.getIdentityCheckedOn());
        LocalDate born = FormErrors.date(result, "dateOfBirth", form.getDateOfBirth());
        RequesterRole role = FormErrors.choice(RequesterRole.class, form.getRequesterRole(), result, "requesterRole",
                "Choose who the requester is in the records");
        Representative representative = null;
        if (form.byRepresentative()) {
            LocalDate repChecked = FormErrors.date(result, "representativeCheckedOn", form.getRepresentativeCheckedOn());
            RepresentativeKind kind = FormErrors.choice(RepresentativeKind.class, form.getRepresentativeKind(), result,
                    "representativeKind", "Choose who the representative is to the person");
            representative = new Representative(form.getRepresentativeName(), kind, form.getRepresentativeAuthority(),
                    repChecked, form.getRepresentativeEvidence());
        }
        NewRequest request = new NewRequest(received, form.getRequesterName(), role, checked,
                form.getIdentityEvidence(), form.getGivenName(), form.getFamilyName(), born, representative);
        return FormPost.submit(result, response, () -> {
            SubjectAccessRequest r = requests.open(request);
            return FormPost.redirect(flash, "Request recorded: " + r.reference() + ".", "/subject-access/" + r.id());
        }, () -> newPage(model));
    }

    private String newPage(Model model) {
        model.addAttribute("roleOptions", Option.of(RequesterRole::label, RequesterRole.values()));
        model.addAttribute("kindOptions", Option.withNone("Not a representative: the person asks",
                Option.of(RepresentativeKind::label, RepresentativeKind.values())));
        model.addAttribute("fields", RequestForm.FIELDS);
        return "subjectaccess/new";
    }

    @GetMapping("/subject-access/{id}")
    @NotAudited("SubjectAccess.find and flaggedItems audit the reads, the person's id included")
    String request(@PathVariable UUID id, Model model) {
        return page(load(id), null, model);
    }

    @GetMapping("/subject-access/{id}/items/{number}")
    @NotAudited("SubjectAccess.find and flaggedItems audit the reads, the person's id included")
    String item(@PathVariable UUID id, @PathVariable int number, Model model) {
        SubjectAccessRequest r = load(id);
        FlaggedItem item = requests.flaggedItems(r.id()).stream().filter(f -> f.number() == number).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReviewForm form = new ReviewForm();
        form.setItem(item.key());
        if (item.reviewed()) {
            form.setDecision(item.decision().name());
            form.setReason(item.reason());
        }
        model.addAttribute("reviewForm", form);
        return itemPage(r, item, model);
    }

    private String itemPage(SubjectAccessRequest r, FlaggedItem item, Model model) {
        model.addAttribute("req", r);
        model.addAttribute("item", item);
        model.addAttribute("itemRows", SubjectAccessViews.itemRows(item));
        model.addAttribute("decisionOptions", Option.of(FlaggedItem.Decision::label, FlaggedItem.Decision.values()));
        model.addAttribute("fields", ReviewForm.FIELDS);
        return "subjectaccess/item";
    }

    @PostMapping("/subject-access/{id}/reviews")
    @NotAudited("SubjectAccess.review audits the decision in its transaction")
    String review(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        FlaggedItem.Decision decision = FormErrors.choice(FlaggedItem.Decision.class, form.getDecision(), result,
                "decision", "Choose whether to release the item or keep it redacted");
        return FormPost.submit(result, response, () -> {
            requests.review(r.id(), form.getItem(), decision, form.getReason());
            return FormPost.redirect(flash, "Item reviewed.", "/subject-access/" + id + "#items");
        }, () -> itemPage(r, requests.flaggedItems(r.id()).stream().filter(f -> f.key().equals(form.getItem()))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model));
    }

    @PostMapping("/subject-access/{id}/identity")
    @NotAudited("SubjectAccess.checkIdentity audits the change in its transaction")
    String identity(@PathVariable UUID id, @ModelAttribute("identityForm") IdentityForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        LocalDate on = FormErrors.date(result, "identityCheckedOn", form.getIdentityCheckedOn());
        return FormPost.submit(result, response, () -> {
            requests.checkIdentity(r.id(), on, form.getIdentityEvidence());
            return FormPost.redirect(flash, "The identity check is recorded.", "/subject-access/" + id);
        }, () -> page(r, "identity", model));
    }

    @PostMapping("/subject-access/{id}/representative")
    @NotAudited("SubjectAccess.checkRepresentative audits the change in its transaction")
    String representative(@PathVariable UUID id, @ModelAttribute("representativeForm") RepresentativeForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        LocalDate on = FormErrors.date(result, "representativeCheckedOn", form.getRepresentativeCheckedOn());
        return FormPost.submit(result, response, () -> {
            requests.checkRepresentative(r.id(), on, form.getRepresentativeEvidence());
            return FormPost.redirect(flash, "The representative's identity check is recorded.",
                    "/subject-access/" + id);
        }, () -> page(r, "representative", model));
    }

    @PostMapping("/subject-access/{id}/extension")
    @NotAudited("SubjectAccess.extend audits the change in its transaction")
    String extend(@PathVariable UUID id, @ModelAttribute("extensionForm") ExtensionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        LocalDate to = FormErrors.date(result, "extendedTo", form.getExtendedTo());
        return FormPost.submit(result, response, () -> {
            requests.extend(r.id(), to, form.getExtensionReason());
            return FormPost.redirect(flash, "The due date is extended.", "/subject-access/" + id);
        }, () -> page(r, "extension", model));
    }

    @PostMapping("/subject-access/{id}/release")
    @NotAudited("SubjectAccess.release audits the release as an export of the person's record")
    String release(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        return FormPost.button(model, "releaseError", response, () -> {
            requests.release(r.id());
            return FormPost.redirect(flash, "Released: download the PDF and the JSON file for the requester.",
                    "/subject-access/" + id);
        }, () -> page(r, "release", model));
    }

    @PostMapping("/subject-access/{id}/corrections")
    @NotAudited("SubjectAccess.propose audits the proposal (its id, never the values) in its transaction")
    String correct(@PathVariable UUID id, @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        SubjectAccessRequest r = load(id);
        PersonCorrection.Field field = FormErrors.choice(PersonCorrection.Field.class, form.getField(), result, "field",
                "Choose the field to correct");
        LocalDate date = FormErrors.date(result, "newDate", form.getNewDate());
        String value = field == PersonCorrection.Field.DATE_OF_BIRTH ? (date == null ? null : date.toString())
                : form.getNewValue();
        Map<String, String> names = field == PersonCorrection.Field.DATE_OF_BIRTH ? Map.of("newValue", "newDate")
                : Map.of();
        return FormPost.submit(result, response, names, () -> {
            requests.propose(r.id(), field, value, form.getReason(), form.getRequestedBy());
            return FormPost.redirect(flash, "The correction is proposed: it changes the record when a second "
                    + "member of information governance approves it.", "/subject-access/" + id + "#corrections");
        }, () -> page(r, "correction", model));
    }

    @GetMapping("/subject-access/{id}/output.pdf")
    @NotAudited("SubjectAccess.output audits the export of the person's record")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        SubjectAccessRequest r = checked(id);
        SubjectAccessPackage p = requests.output(r.id());
        return Downloads.attachment(MediaType.APPLICATION_PDF, r.reference() + ".pdf", SubjectAccessPdf.render(p));
    }

    @GetMapping("/subject-access/{id}/output.json")
    @NotAudited("SubjectAccess.output audits the export of the person's record")
    ResponseEntity<SubjectAccessPackage> json(@PathVariable UUID id) {
        SubjectAccessRequest r = checked(id);
        return Downloads.attachment(MediaType.APPLICATION_JSON, r.reference() + ".json", requests.output(r.id()));
    }

    /** The request for a download: refused (400) before the proof of identity is checked, as nothing is gathered. */
    private SubjectAccessRequest checked(UUID id) {
        SubjectAccessRequest r = load(id);
        if (!r.identityChecked()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Check the requester's proof of identity first: nothing is gathered before");
        }
        return r;
    }

    /** The request, or 404: the module answers only the officers of the agency that holds it. */
    private SubjectAccessRequest load(UUID id) {
        return requests.find(new RequestId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(SubjectAccessRequest r, String failed, Model model) {
        LocalDate today = requests.today();
        List<FlaggedItem> items = requests.flaggedItems(r.id());
        model.addAttribute("req", r);
        model.addAttribute("failed", failed);
        model.addAttribute("summary", SubjectAccessViews.summary(r, today));
        model.addAttribute("items", items.stream().map(SubjectAccessViews::item).toList());
        model.addAttribute("itemLinks", items.stream().map(f -> "/subject-access/" + r.id() + "/items/" + f.number())
                .toList());
        model.addAttribute("unreviewed", items.stream().filter(f -> !f.reviewed()).count());
        model.addAttribute("corrections", requests.corrections(r.id()).stream().map(SubjectAccessViews::correction)
                .toList());
        model.addAttribute("proposals", requests.proposals(r.id()).stream().map(SubjectAccessViews::proposal)
                .toList());
        model.addAttribute("history", requests.history(r.id()).stream().map(SubjectAccessViews::history).toList());
        FormPost.subForm(model, failed, "representative", RepresentativeForm::new, RepresentativeForm.FIELDS);
        FormPost.subForm(model, failed, "identity", IdentityForm::new, IdentityForm.FIELDS);
        FormPost.subForm(model, failed, "extension", ExtensionForm::new, ExtensionForm.FIELDS);
        FormPost.subForm(model, failed, "correction", CorrectionForm::new, CorrectionForm.FIELDS);
        model.addAttribute("fieldOptions", Option.withNone("Choose a field",
                Option.of(PersonCorrection.Field::label, PersonCorrection.Field.values())));
        return "subjectaccess/request";
    }
}
