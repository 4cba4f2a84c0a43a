package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.CaseFile;
import org.hearth.marac.MaracMeetings.Run;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Member;
import org.hearth.marac.NewMaracAction;
import org.hearth.marac.ResearchTask;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.SafeContact;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The chair's meeting: the published agenda case by case (safe-contact rules first, the risk summary, research by
 * agency, previous MARAC actions), attendance by agency, minutes and actions per case, adjourning, marking the
 * meeting held, and issuing the minutes (a PDF per member agency). For the MARAC's chair and hub/MARAC coordinators:
 * {@link MaracMeetings} refuses anyone else.
 */
@Controller
@PreAuthorize(ResearchPages.CASEWORK)
class MeetingPages {

    static final String NOTES = "caseNotesForm";
    static final String ACTION = "actionForm";

    private final MaracMeetings meetings;
    private final Partnerships partnerships;

    MeetingPages(MaracMeetings meetings, Partnerships partnerships) {
        this.meetings = meetings;
        this.partnerships = partnerships;
    }

    /** A case line on the chair's page. */
    record CaseRow(String id, int number, String reference, boolean repeat, String score, String outcome,
            String colour, int actions) {
    }

    /** A member agency's attendance choice. */
    record AttendanceRow(String name, String field, String agency, String value, List<Option> options) {
    }

    /** An action as the pages show it. */
    record ActionRow(String id, String meeting, String reference, String subject, String description, String risk,
            String owner, String due, String state, String colour) {
    }

    static <T> T found(Supplier<T> call) {
        try {
            return call.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    String agency(AgencyId id) {
        return partnerships.agency(id).map(a -> a.name()).orElse("Unknown agency");
    }

    ActionRow row(MaracAction a) {
        java.time.LocalDate today = java.time.LocalDate.now(Dates.UK);
        String state = !a.open() ? "Done" : a.overdue(today) ? "Overdue" : "Open";
        return new ActionRow(a.id().toString(), Dates.day(a.meetsOn()), a.reference(), a.subject().label(),
                a.description(), a.risk(), agency(a.owner()), Dates.day(a.dueOn()), state,
                !a.open() ? "green" : a.overdue(today) ? "red" : "blue");
    }

    @GetMapping("/marac/meetings/{meetingId}/run")
    @Audited(action = AuditAction.READ, recordType = "marac-meeting", ids = "#meetingId")
    String run(@PathVariable UUID meetingId, Model model) {
        Run run = meetings.run(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("date", Dates.day(run.meeting().meetsOn()));
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < run.cases().size(); i++) {
            MaracMeetings.CaseLine c = run.cases().get(i);
            rows.add(new CaseRow(c.referral().toString(), i + 1, c.reference(), c.repeat(),
                    c.riskScore() == null ? "Not assessed" : String.valueOf(c.riskScore()), c.outcome().label(),
                    switch (c.outcome()) {
                        case CLOSED -> "green";
                        case ADJOURNED -> "orange";
                        default -> "grey";
                    }, c.actions()));
        }
        model.addAttribute("cases", rows);
        List<Option> options = Arrays.stream(Attendance.values()).map(a -> new Option(a.name(), a.label())).toList();
        model.addAttribute("attendance", run.marac().members().stream().map(m -> new AttendanceRow(agency(m.agency()),
                "a-" + m.agency(), m.agency().toString(),
                run.attendance().containsKey(m.agency()) ? run.attendance().get(m.agency()).name() : null, options))
                .sorted(java.util.Comparator.comparing(AttendanceRow::name)).toList());
        model.addAttribute("recipients", run.marac().members().stream()
                .map(m -> new Option(m.agency().toString(), agency(m.agency())))
                .sorted(java.util.Comparator.comparing(Option::label)).toList());
        return "marac/meeting";
    }

    @PostMapping("/marac/meetings/{meetingId}/attendance")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'attendance'")
    String attendance(@PathVariable UUID meetingId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<AgencyId, Attendance> chosen = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("a-") && v != null && !v.isBlank()) {
                AgencyId agency = FormErrors.id(k.substring(2), AgencyId::new);
                try {
                    chosen.put(agency, Attendance.valueOf(v.strip()));
                } catch (IllegalArgumentException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose an attendance");
                }
            }
        });
        try {
            found(() -> {
                meetings.recordAttendance(new MaracMeetingId(meetingId), chosen);
                return null;
            });
            redirect.addFlashAttribute("success", "Attendance recorded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        }
        return "redirect:/marac/meetings/" + meetingId + "/run";
    }

    @GetMapping("/marac/meetings/{meetingId}/cases/{referralId}")
    @Audited(action = AuditAction.READ, recordType = "marac-case", ids = "{#meetingId, #referralId}")
    String caseFile(@PathVariable UUID meetingId, @PathVariable UUID referralId, Model model) {
        CaseFile file = load(meetingId, referralId);
        CaseNotesForm notes = new CaseNotesForm();
        notes.setMinutes(file.minutes());
        notes.setIdvaUpdate(file.idvaUpdate());
        notes.setShareAddress(file.sharedAddress() != null);
        model.addAttribute(NOTES, notes);
        model.addAttribute(ACTION, new ActionForm());
        return page(file, model);
    }

    private CaseFile load(UUID meetingId, UUID referralId) {
        try {
            return found(() -> meetings.caseFile(new MaracMeetingId(meetingId), new MaracReferralId(referralId)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The agenda is not published");
        }
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/minutes")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}")
    String minutes(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @ModelAttribute(NOTES) CaseNotesForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FormErrors.refuseUnbound(result);
            found(() -> {
                meetings.recordCase(new MaracMeetingId(meetingId), new MaracReferralId(referralId), form.getMinutes(),
                        form.getIdvaUpdate(), form.isShareAddress(), form.isClose());
                return null;
            });
            redirect.addFlashAttribute("success", form.isClose() ? "Minutes recorded and the case closed"
                    : "Minutes recorded");
            return "redirect:" + (form.isClose() ? "/marac/meetings/" + meetingId + "/run"
                    : "/marac/meetings/" + meetingId + "/cases/" + referralId);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(ACTION, new ActionForm());
        return page(load(meetingId, referralId), model);
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/actions")
    @Audited(action = AuditAction.CREATE, recordType = "marac-action", ids = "{#meetingId, #referralId}")
    String addAction(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @ModelAttribute(ACTION) ActionForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            FormErrors.refuseUnbound(result);
            java.time.LocalDate due = FormErrors.date(result, "dueOn", form.getDueOn());
            MaracAction.Subject subject = null;
            if (form.getSubject() != null && !form.getSubject().isBlank()) {
                try {
                    subject = MaracAction.Subject.valueOf(form.getSubject().strip());
                } catch (IllegalArgumentException e) {
                    result.rejectValue("subject", "invalid", "Choose whom the action is for");
                }
            }
            AgencyId owner = FormErrors.id(form.getOwner(), AgencyId::new);
            if (!result.hasErrors()) {
                MaracAction.Subject s = subject;
                MaracAction a = found(() -> meetings.addAction(new MaracMeetingId(meetingId),
                        new MaracReferralId(referralId), new NewMaracAction(s, form.getDescription(), form.getRisk(),
                                owner, due)));
                redirect.addFlashAttribute("success", "Action agreed for " + agency(a.owner()) + ", due "
                        + Dates.day(a.dueOn()));
                return "redirect:/marac/meetings/" + meetingId + "/cases/" + referralId + "#actions";
            }
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        CaseFile file = load(meetingId, referralId);
        CaseNotesForm notes = new CaseNotesForm();
        notes.setMinutes(file.minutes());
        notes.setIdvaUpdate(file.idvaUpdate());
        notes.setShareAddress(file.sharedAddress() != null);
        model.addAttribute(NOTES, notes);
        return page(file, model);
    }

    @PostMapping("/marac/meetings/{meetingId}/cases/{referralId}/adjourn")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}",
            reason = "'adjourned'")
    String adjourn(@PathVariable UUID meetingId, @PathVariable UUID referralId, RedirectAttributes redirect) {
        try {
            found(() -> {
                meetings.adjourn(new MaracMeetingId(meetingId), new MaracReferralId(referralId));
                return null;
            });
            redirect.addFlashAttribute("success", "Case adjourned to the next meeting");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        }
        return "redirect:/marac/meetings/" + meetingId + "/run";
    }

    @PostMapping("/marac/meetings/{meetingId}/held")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'held'")
    String held(@PathVariable UUID meetingId, RedirectAttributes redirect) {
        try {
            found(() -> {
                meetings.markHeld(new MaracMeetingId(meetingId));
                return null;
            });
            redirect.addFlashAttribute("success", "Meeting marked held. Cases not discussed were adjourned.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        }
        return "redirect:/marac/meetings/" + meetingId + "/run";
    }

    @PostMapping("/marac/meetings/{meetingId}/minutes/issue")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'minutes issued'")
    String issue(@PathVariable UUID meetingId, RedirectAttributes redirect) {
        try {
            found(() -> {
                meetings.issueMinutes(new MaracMeetingId(meetingId));
                return null;
            });
            redirect.addFlashAttribute("success", "Minutes issued: each member agency's representative and deputy can"
                    + " download their agency's copy");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        }
        return "redirect:/marac/meetings/" + meetingId + "/run";
    }

    @GetMapping("/marac/meetings/{meetingId}/minutes.pdf")
    @Audited(action = AuditAction.EXPORT, recordType = "marac-minutes", ids = "#meetingId")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID meetingId, @RequestParam(required = false) String agency) {
        AgencyId recipient = FormErrors.id(agency, AgencyId::new);
        byte[] pdf;
        try {
            pdf = found(() -> meetings.minutesPdf(new MaracMeetingId(meetingId), recipient));
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, String.join(" ", e.errors().values()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("marac-minutes-" + meetingId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    private String page(CaseFile f, Model model) {
        model.addAttribute("file", f);
        model.addAttribute("date", Dates.day(f.meeting().meetsOn()));
        model.addAttribute("open", f.outcome() != MaracMeetings.Outcome.ADJOURNED);
        SafeContact s = f.safeContact();
        model.addAttribute("safe", List.of(new SummaryRow("Phone calls", yes(s.callOk())),
                new SummaryRow("Voicemail", yes(s.voicemailOk())), new SummaryRow("Text messages", yes(s.textOk())),
                new SummaryRow("Post", yes(s.postOk())), new SummaryRow("Email", yes(s.emailOk())),
                new SummaryRow("Safe times", s.safeTimes() == null ? "Not recorded" : s.safeTimes()),
                new SummaryRow("Notes", s.notes() == null ? "None" : s.notes())));
        model.addAttribute("summary", List.of(new SummaryRow("Victim", f.victimName()),
                new SummaryRow("Perpetrators", f.perpetratorNames().isEmpty() ? "None named"
                        : String.join(", ", f.perpetratorNames())),
                new SummaryRow("Criteria", String.join(", ", f.referral().criteria().stream()
                        .map(org.hearth.risk.MaracCriterion.Kind::label).toList())),
                new SummaryRow("Evidence", f.referral().evidence()),
                new SummaryRow("Repeat", f.referral().repeat() ? "Yes" + (f.referral().repeatOfReference() == null ? ""
                        : ", of " + f.referral().repeatOfReference()) : "No"),
                new SummaryRow("Referred", Dates.day(f.referral().referredOn()) + " by " + f.referral().referredBy()),
                new SummaryRow("Address", f.address() != null ? f.address()
                        : f.confidentialAddress() ? "Confidential: not shown" : "None recorded")));
        model.addAttribute("risk", f.risk().stream().map(r -> new SummaryRow(Dates.day(r.assessedOn()),
                r.score() + " (" + r.grade() + "), " + r.questionnaire())).toList());
        model.addAttribute("research", f.research().stream().map(t -> researchRow(t)).toList());
        model.addAttribute("previous", f.previousActions().stream().map(this::row).toList());
        model.addAttribute("agreed", f.actions().stream().map(this::row).toList());
        model.addAttribute("subjects", Arrays.stream(MaracAction.Subject.values())
                .map(x -> new Option(x.name(), x.label())).toList());
        List<Option> owners = new ArrayList<>();
        owners.add(new Option("", "Choose an agency"));
        f.marac().members().stream().map(Member::agency).map(a -> new Option(a.toString(), agency(a)))
                .sorted(java.util.Comparator.comparing(Option::label)).forEach(owners::add);
        model.addAttribute("owners", owners);
        return "marac/meeting-case";
    }

    /** Research by agency: facts, opinion apart, what was withheld and why. */
    record ResearchRow(String agency, String state, String victim, String children, String perpetrator,
            String opinion, String withheld) {
    }

    private ResearchRow researchRow(ResearchTask t) {
        var a = t.answers();
        if (a == null) {
            return new ResearchRow(agency(t.agency()), "Not returned", null, null, null, null, null);
        }
        if (a.nothingHeld()) {
            return new ResearchRow(agency(t.agency()), "Holds nothing", null, null, null, null, null);
        }
        return new ResearchRow(agency(t.agency()), "Returned", a.victimFacts(), a.childrenFacts(), a.perpetratorFacts(),
                a.opinion(), a.withheld() == null ? null : a.withheld() + " (why: " + a.withheldReason() + ")");
    }

    private static String yes(Boolean b) {
        return b == null ? "Not yet asked" : b ? "Safe" : "Not safe";
    }
}
