package org.hearth.hub.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.hub.web.HubViews.MinutesCase;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The meeting's minutes, as a page and as a PDF; every case they print is read (and audited) as its page is. */
@Controller
class HubMinutesPages {

    private final HubMeetings hub;
    private final Partnerships partnerships;
    private final HubViews views;

    HubMinutesPages(HubMeetings hub, Partnerships partnerships, HubViews views) {
        this.hub = hub;
        this.partnerships = partnerships;
        this.views = views;
    }

    private Meeting meeting(UUID id) {
        return hub.meeting(new HubMeetingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/hub/meetings/{meetingId}/minutes")
    @PreAuthorize(HubMeetingPages.MEETING_ROLES)
    @Audited(action = AuditAction.READ, recordType = "hub-meeting", ids = "#meetingId", reason = "'minutes'")
    String minutes(@PathVariable UUID meetingId, Model model) {
        Meeting m = meeting(meetingId);
        List<MinutesCase> cases = new ArrayList<>();
        for (AgendaCase c : hub.agenda(m.id())) {
            hub.openCase(m.id(), c.id());
            cases.add(new MinutesCase(views.row(c), hub.information(c.id()), hub.actions(c.id()), c.status().label()));
        }
        model.addAttribute("meeting", m);
        model.addAttribute("date", Dates.DAY.format(m.meetsOn()));
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("cases", cases);
        return "hub/minutes";
    }

    /** The minutes as a PDF, every page marked OFFICIAL-SENSITIVE; the download is audited (EXPORT). */
    @GetMapping("/hub/meetings/{meetingId}/minutes.pdf")
    @PreAuthorize(HubMeetingPages.MEETING_ROLES)
    @Audited(action = AuditAction.EXPORT, recordType = "hub-meeting", ids = "#meetingId", reason = "'minutes PDF downloaded'")
    org.springframework.http.ResponseEntity<byte[]> minutesPdf(@PathVariable UUID meetingId) {
        Meeting m = meeting(meetingId);
        List<MinutesCase> cases = new ArrayList<>();
        for (AgendaCase c : hub.agenda(m.id())) {
            hub.openCase(m.id(), c.id());
            cases.add(new MinutesCase(views.row(c), hub.information(c.id()), hub.actions(c.id()), c.status().label()));
        }
        byte[] pdf = MinutesPdf.render(m, hub.attendance(m.id()), cases,
                partnerships.current().map(org.hearth.partnership.Partnership::name).orElse(""));
        return org.hearth.platform.web.Downloads.attachment(org.springframework.http.MediaType.APPLICATION_PDF,
                "hub-minutes-" + m.meetsOn() + ".pdf", pdf);
    }
}
