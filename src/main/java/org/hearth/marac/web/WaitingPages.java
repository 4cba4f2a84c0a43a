package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferrals;
import org.hearth.marac.WaitingReferrals.MaracReferralSummary;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.hearth.risk.MaracCriterion;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * A referral to MARAC's page: what the agenda needs of it, where it is listed or why it waits, and for hub/MARAC
 * coordinators the meetings of its MARAC with room to add it to. Coordinators and those who may view the victim's
 * record ({@link WaitingReferrals#summary}); adding it, coordinators only.
 */
@Controller
class WaitingPages {

    static final String FORM = "placeForm";

    private final WaitingReferrals waiting;

    WaitingPages(WaitingReferrals waiting) {
        this.waiting = waiting;
    }

    /** The button adding a case to a meeting: "Add to the meeting on 14 December" (at most 6 months ahead). */
    static String addTo(WaitingReferral.OpenMeeting m) {
        return "Add to the meeting on " + DAY_MONTH.format(m.meeting().meetsOn());
    }

    private static final java.time.format.DateTimeFormatter DAY_MONTH =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK);

    static String placesLeft(int n) {
        return n == 1 ? "1 place left" : n + " places left";
    }

    @GetMapping("/marac/referrals/{id}")
    @PreAuthorize(Role.WORKS_CASES)
    @NotAudited("WaitingReferrals.summary audits the referral and each person shown, once per page")
    String show(@PathVariable UUID id, Model model, Authentication auth) {
        model.addAttribute(FORM, new PlaceForm());
        return page(summary(id), model, auth);
    }

    @PostMapping("/marac/referrals/{id}/meeting")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @NotAudited("WaitingReferrals.place audits the case it adds; a refused add changes nothing")
    String place(@PathVariable UUID id, @ModelAttribute(FORM) PlaceForm form, BindingResult result, Model model,
            Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            WaitingReferrals.Placed placed = waiting.place(new MaracReferralId(id),
                    FormErrors.id(form.getMeetingId(), MaracMeetingId::new));
            WaitingReferral.OpenMeeting m = placed.meeting();
            redirect.addFlashAttribute("success", placed.reference() + " added to the meeting on "
                    + Dates.day(m.meeting().meetsOn()) + ": " + placesLeft(m.placesLeft()) + ".");
            return "redirect:/marac/" + m.meeting().marac() + "#waiting";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(summary(id), model, auth);
    }

    private MaracReferralSummary summary(UUID id) {
        return waiting.summary(new MaracReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(MaracReferralSummary s, Model model, Authentication auth) {
        MaracReferral r = s.referral();
        model.addAttribute("summary", s);
        model.addAttribute("referral", r);
        model.addAttribute("coordinator", MaracPages.coordinator(auth));
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("MARAC", s.maracName() == null ? "None chosen yet" : s.maracName()));
        rows.add(new SummaryRow("Status", r.transferred() ? "Transferred to " + r.transferredTo() + " on "
                + Dates.day(r.transferredOn())
                : s.listedOn() != null ? "Listed on the meeting on " + Dates.day(s.listedOn().meetsOn())
                        + (s.listedOn().published() ? " (agenda published)" : "")
                : "Waiting for a meeting"));
        rows.add(new SummaryRow("Referred on", Dates.day(r.referredOn())));
        rows.add(new SummaryRow("Referred by", r.referredBy() + ", " + s.agencyName()));
        rows.add(new SummaryRow("Perpetrators", perpetrators(s)));
        rows.add(new SummaryRow("Criteria", String.join(", ", r.criteria().stream()
                .map(MaracCriterion.Kind::label).sorted().toList())));
        rows.add(new SummaryRow("Repeat", !r.repeat() ? "No"
                : r.repeatOfReference() == null ? "Yes" : "Yes, of " + r.repeatOfReference()));
        rows.add(new SummaryRow("Latest risk score", r.riskScore() == null ? "Not assessed"
                : String.valueOf(r.riskScore())));
        model.addAttribute("details", rows);
        List<Option> meetings = s.waiting() == null ? List.of() : s.waiting().meetings().stream()
                .map(m -> Option.hinted(m.meeting().id().toString(), "The meeting on "
                        + Dates.day(m.meeting().meetsOn()), m.listed() + " of " + m.capacity() + " places taken, "
                        + placesLeft(m.placesLeft()))).toList();
        model.addAttribute("meetings", meetings);
        // the radios carry the meeting's error; without them the page shows it on its own (id meetingId)
        model.addAttribute("choosing", MaracPages.coordinator(auth) && s.waiting() != null && !meetings.isEmpty());
        model.addAttribute("listedOnDay", s.listedOn() == null ? null : Dates.day(s.listedOn().meetsOn()));
        if (model.getAttribute(FORM) instanceof PlaceForm form && form.getMeetingId() == null && !meetings.isEmpty()) {
            form.setMeetingId(meetings.get(0).value()); // the soonest with room, as a new referral would go
        }
        return "marac/referral";
    }

    /**
     * The perpetrators row: the names the reader may view, and, without a number, that others are named. How many
     * people the reader may not see would tell them something about those people's records.
     */
    static String perpetrators(MaracReferralSummary s) {
        String names = String.join(", ", s.perpetratorNames());
        if (s.othersNotShown()) {
            return names.isEmpty() ? NOT_SHOWN : names + ", and others whose records you may not see";
        }
        return names.isEmpty() ? "None named" : names;
    }

    /** The perpetrators row when the reader may view none of those named. */
    static final String NOT_SHOWN = "Named, but you may not see their records";
}
