package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormPost;
import org.hearth.workforce.EvidenceFile;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkApplicationId;
import org.hearth.workforce.QualityMarkStandard;
import org.hearth.workforce.web.WorkforceForms.AwardForm;
import org.hearth.workforce.web.WorkforceForms.DecisionForm;
import org.hearth.workforce.web.WorkforceForms.EvidenceForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One Quality Mark application (coordinators and administrators): each standard with its evidence and the
 * assessor's decision, adding evidence (a note and/or a file), deciding a standard, and the award. Each form on the
 * page has its own field names; a refusal shows the page again (400) with that form's errors.
 */
@Controller
@RequestMapping("/workforce/quality-mark/applications/{id}")
class QualityMarkApplicationController {

    private final QualityMark qualityMark;

    QualityMarkApplicationController(QualityMark qualityMark) {
        this.qualityMark = qualityMark;
    }

    private QualityMarkApplication application(String id) {
        return TypedId.parse(id, QualityMarkApplicationId::new).flatMap(qualityMark::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    @NotAudited("an organisation's Quality Mark application, no person data; QualityMark audits each change")
    String page(@PathVariable String id, Model model) {
        return page(model, application(id), Map.of(), new EvidenceForm(), new DecisionForm(), new AwardForm());
    }

    @PostMapping("/evidence")
    @NotAudited("QualityMark audits the evidence added against the application")
    String addEvidence(@PathVariable String id, @ModelAttribute("evidenceForm") EvidenceForm form,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        QualityMarkApplication a = application(id);
        try {
            boolean hasFile = file != null && !file.isEmpty();
            qualityMark.addEvidence(a.id(), blankToNull(form.getEvidenceStandard()), form.getEvidenceNote(),
                    hasFile ? file.getOriginalFilename() : null, hasFile ? file.getContentType() : null,
                    hasFile ? file.getBytes() : null);
            redirect.addFlashAttribute("success", "Evidence added");
            return "redirect:/workforce/quality-mark/applications/" + a.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, a, rename(e, Map.of("standard", "evidenceStandard", "note", "evidenceNote")), form,
                    new DecisionForm(), new AwardForm());
        }
    }

    @GetMapping("/evidence/{evidenceId}")
    @Audited(action = AuditAction.READ, recordType = "quality_mark_application", ids = "#id")
    ResponseEntity<byte[]> evidenceFile(@PathVariable String id, @PathVariable String evidenceId) {
        QualityMarkApplication a = application(id);
        UUID evidence;
        try {
            evidence = UUID.fromString(evidenceId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        EvidenceFile file = qualityMark.evidenceFile(a.id(), evidence)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // served as a download, never shown inline, so an uploaded page cannot run in Hearth's origin
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    @PostMapping("/decisions")
    @NotAudited("QualityMark audits the decision against the application")
    String decide(@PathVariable String id, @ModelAttribute("decisionForm") DecisionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        QualityMarkApplication a = application(id);
        return change(a, Map.of("standard", "decisionStandard", "note", "decisionNote"), response, redirect, () -> {
            if (!"yes".equals(form.getMet()) && !"no".equals(form.getMet())) {
                throw InvalidInputException.of("met", "Say whether the standard is met");
            }
            qualityMark.decide(a.id(), blankToNull(form.getDecisionStandard()), "yes".equals(form.getMet()),
                    form.getDecisionNote());
            return "Decision recorded";
        }, errors -> page(model, a, errors, new EvidenceForm(), form, new AwardForm()));
    }

    @PostMapping("/award")
    @NotAudited("QualityMark audits the award against the application")
    String award(@PathVariable String id, @ModelAttribute("awardForm") AwardForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        QualityMarkApplication a = application(id);
        return change(a, Map.of(), response, redirect, () -> {
            DateParts parts = form.getAwardedOn();
            LocalDate on = parts == null || parts.blank() ? null : parts.toDate().orElseThrow(() ->
                    InvalidInputException.of("awardedOn", "The date must be a real date, for example 27 3 2026"));
            QualityMarkApplication awarded = qualityMark.award(a.id(), WorkforceForms.level(form.getLevel()), on);
            return "Quality Mark level " + awarded.award().level() + " awarded to " + awarded.holder().name()
                    + " until " + Dates.DAY.format(awarded.award().expiresOn());
        }, errors -> page(model, a, errors, new EvidenceForm(), new DecisionForm(), form));
    }

    /**
     * A change to the application: {@code write} answers the success banner and the application's page follows;
     * refused, {@code again} shows the page with the messages under the page's names ({@code names}) and a 400.
     */
    private static String change(QualityMarkApplication a, Map<String, String> names, HttpServletResponse response,
            RedirectAttributes redirect, Supplier<String> write, Function<Map<String, String>, String> again) {
        try {
            return FormPost.redirect(redirect, write.get(), "/workforce/quality-mark/applications/" + a.id());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.apply(rename(e, names));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The module's fields as this page names them; a refusal about the application as a whole goes on "page". */
    private static Map<String, String> rename(InvalidInputException e, Map<String, String> names) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String field = "application".equals(p.field()) ? "page" : names.getOrDefault(p.field(), p.field());
            errors.merge(field, p.message(), (first, next) -> first + ". " + next);
        }
        return errors;
    }

    private String page(Model model, QualityMarkApplication a, Map<String, String> errors, EvidenceForm evidence,
            DecisionForm decision, AwardForm award) {
        List<QualityMarkStandard> standards = qualityMark.standards();
        model.addAttribute("qmApplication", a);
        model.addAttribute("summary", WorkforceViews.application(a, standards));
        model.addAttribute("award", a.award() == null ? null : "Level " + a.award().level() + ", awarded "
                + Dates.DAY.format(a.award().awardedOn()) + ", expires " + Dates.DAY.format(a.award().expiresOn()));
        model.addAttribute("standards", WorkforceViews.standards(a, standards));
        model.addAttribute("standardOptions", WorkforceViews.standardOptions(standards));
        model.addAttribute("levels", WorkforceViews.LEVELS);
        model.addAttribute("yesNo", WorkforceViews.YES_NO);
        model.addAttribute("errors", errors);
        model.addAttribute("evidenceForm", evidence);
        model.addAttribute("decisionForm", decision);
        model.addAttribute("awardForm", award);
        return "workforce/quality-mark-application";
    }
}
