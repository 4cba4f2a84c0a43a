package org.hearth.marac.web;

import static org.hearth.marac.web.MeetingViews.found;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.Run;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair's meeting: the published agenda case by case, attendance by agency, marking the meeting held, and
 * issuing the minutes (a PDF per member agency). A case at the meeting: {@link MeetingCasePages}. For the MARAC's
 * chair and hub/MARAC coordinators: {@link MaracMeetings} refuses anyone else.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class MeetingPages {

    private final MaracMeetings meetings;
    private final MeetingViews views;

    MeetingPages(MaracMeetings meetings, MeetingViews views) {
        this.meetings = meetings;
        this.views = views;
    }

    /**
     * Makes a change of the meeting and goes back to the chair's page with {@code success}, or with the module's
     * reasons when it refuses (404 when what the path names does not exist).
     */
    static String change(UUID meetingId, Runnable change, String success, RedirectAttributes redirect) {
        try {
            found(() -> {
                change.run();
                return null;
            });
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        }
        return "redirect:/marac/meetings/" + meetingId + "/run";
    }

    @GetMapping("/marac/meetings/{meetingId}/run")
    @Audited(action = AuditAction.READ, recordType = "marac-meeting", ids = "#meetingId")
    String run(@PathVariable UUID meetingId, Model model) {
        Run run = meetings.run(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return views.run(run, model);
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
        return change(meetingId, () -> meetings.recordAttendance(new MaracMeetingId(meetingId), chosen),
                "Attendance recorded", redirect);
    }

    @PostMapping("/marac/meetings/{meetingId}/held")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'held'")
    String held(@PathVariable UUID meetingId, RedirectAttributes redirect) {
        return change(meetingId, () -> meetings.markHeld(new MaracMeetingId(meetingId)),
                "Meeting marked held. Cases not discussed were adjourned.", redirect);
    }

    @PostMapping("/marac/meetings/{meetingId}/minutes/issue")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'minutes issued'")
    String issue(@PathVariable UUID meetingId, RedirectAttributes redirect) {
        return change(meetingId, () -> meetings.issueMinutes(new MaracMeetingId(meetingId)),
                "Minutes issued: each member agency's representative and deputy can download their agency's copy",
                redirect);
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
        return Downloads.attachment(MediaType.APPLICATION_PDF, "marac-minutes-" + meetingId + ".pdf", pdf);
    }
}
