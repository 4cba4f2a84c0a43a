package org.hearth.marac.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.marac.Agenda;
import org.hearth.marac.Agendas;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Meeting;
import org.hearth.platform.web.Option;
import org.hearth.risk.MaracCriterion;
import org.springframework.http.HttpStatus;
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
 * A meeting's agenda for hub/MARAC coordinators: the cases in order with the expected length and a warning over
 * capacity; moving a case to another meeting; publishing, which makes the member agencies' research grants.
 */
@Controller
@PreAuthorize("hasRole('HUB_COORDINATOR')")
class AgendaPages {

    private final Agendas agendas;
    private final org.hearth.marac.MaracResearch research;
    private final ResearchPages researchPages;
    private final org.hearth.marac.MaracTransfers transfers;

    /** An agency's research for the meeting: how much came back, and whether it can be chased. */
    record AgencyResearch(String agency, String name, long returned, long outstanding) {
    }

    AgendaPages(Agendas agendas, org.hearth.marac.MaracResearch research, ResearchPages researchPages,
            org.hearth.marac.MaracTransfers transfers) {
        this.agendas = agendas;
        this.transfers = transfers;
        this.research = research;
        this.researchPages = researchPages;
    }

    /** A case as the agenda shows it. */
    record CaseRow(String id, int number, String reference, String victimId, String victim, String perpetrators,
            boolean repeat,
            String repeatOf, String score, String criteria, long daysWaiting) {
    }

    @GetMapping("/marac/meetings/{meetingId}")
    @Audited(action = AuditAction.READ, recordType = "marac-meeting", ids = "#meetingId")
    String agenda(@PathVariable UUID meetingId, Model model) {
        Agenda agenda = agendas.agenda(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Agenda.Case> cases = agenda.cases();
        model.addAttribute("meeting", agenda.meeting());
        model.addAttribute("date", Dates.DAY.format(agenda.meeting().meetsOn()));
        model.addAttribute("marac", agenda.marac());
        model.addAttribute("agenda", agenda);
        model.addAttribute("cases", java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> {
            Agenda.Case c = cases.get(i);
            return new CaseRow(c.referral().id().toString(), i + 1, c.referral().reference(), c.victim().toString(),
                    c.victimName(), c.perpetratorNames().isEmpty() ? "None named" : String.join(", ", c.perpetratorNames()),
                    c.referral().repeat(), c.referral().repeatOfReference(),
                    c.referral().riskScore() == null ? "Not assessed" : String.valueOf(c.referral().riskScore()),
                    String.join(", ", c.referral().criteria().stream().map(MaracCriterion.Kind::label).toList()),
                    c.daysWaiting());
        }).toList());
        // a case received from another MARAC shows its origin (SafeLives' MARAC-to-MARAC process)
        model.addAttribute("origins", transfers.origins(cases.stream().map(c -> c.referral().id()).toList())
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(),
                        Map.Entry::getValue)));
        model.addAttribute("targets", Option.withNone("Back to waiting for a meeting",
                agendas.meetings(agenda.marac().id()).stream()
                        .filter(m -> !m.published() && !m.id().equals(agenda.meeting().id()))
                        .map(m -> new Option(m.id().toString(), "The meeting on " + Dates.DAY.format(m.meetsOn())))
                        .toList()));
        model.addAttribute("caseChoices", cases.stream().map(c -> new Option(c.referral().id().toString(),
                c.referral().reference())).toList());
        if (agenda.meeting().published()) {
            List<org.hearth.marac.ResearchTask> tasks = research.forMeeting(agenda.meeting().id());
            model.addAttribute("researchTasks", tasks.stream().map(researchPages::row).toList());
            model.addAttribute("researchByAgency", tasks.stream()
                    .collect(java.util.stream.Collectors.groupingBy(t -> t.agency(), java.util.LinkedHashMap::new,
                            java.util.stream.Collectors.toList()))
                    .entrySet().stream().map(e -> new AgencyResearch(e.getKey().toString(),
                            researchPages.row(e.getValue().get(0)).agency(),
                            e.getValue().stream().filter(org.hearth.marac.ResearchTask::returned).count(),
                            e.getValue().stream().filter(t -> !t.returned()).count()))
                    .sorted(java.util.Comparator.comparing(AgencyResearch::name)).toList());
        }
        return "marac/agenda";
    }

    @PostMapping("/marac/meetings/{meetingId}/publish")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'published'")
    String publish(@PathVariable UUID meetingId, RedirectAttributes redirect) {
        Meeting meeting = agendas.meeting(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        agendas.publish(meeting.id());
        redirect.addFlashAttribute("success", "Agenda published. Each member agency's representative and deputy "
                + "can now research the cases on it until " + Dates.DAY.format(meeting.meetsOn()
                        .plusDays(Agendas.GRANT_DAYS_AFTER_MEETING)) + ".");
        return "redirect:/marac/meetings/" + meetingId;
    }

    @PostMapping("/marac/meetings/{meetingId}/move")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-referral", ids = "#referral", reason = "'moved'")
    String move(@PathVariable UUID meetingId, @RequestParam(required = false) String referral,
            @RequestParam(required = false) String meeting, RedirectAttributes redirect) {
        agendas.meeting(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MaracReferralId which;
        MaracMeetingId to = null;
        try {
            which = new MaracReferralId(UUID.fromString(referral == null ? "" : referral.strip()));
            if (meeting != null && !meeting.isBlank()) {
                to = new MaracMeetingId(UUID.fromString(meeting.strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose a case and a meeting");
        }
        try {
            agendas.move(which, to);
            redirect.addFlashAttribute("success", to == null ? "Case taken off the agenda" : "Case moved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", String.join(" ", e.errors().values()));
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/marac/meetings/" + meetingId;
    }
}
