package org.hearth.marac.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.WaitingReferral;
import org.hearth.marac.WaitingReferrals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals waiting for a meeting, as JSON, for a signed-in hub/MARAC coordinator (no API token: agendas are made by
 * people): why each waits, and adding one to a meeting of its MARAC with room. The same rules as the pages
 * ({@link WaitingReferrals}); a refusal is a 400 problem naming {@code meetingId}.
 */
@RestController
@PreAuthorize("hasRole('HUB_COORDINATOR')")
@NotAudited("references, dates and reasons, no person's details; WaitingReferrals audits each case it adds to a meeting")
class WaitingApi {

    private final WaitingReferrals waiting;

    WaitingApi(WaitingReferrals waiting) {
        this.waiting = waiting;
    }

    /** A meeting a case can be added to. */
    record MeetingView(String meetingId, LocalDate meetsOn, int listed, int capacity, int placesLeft) {

        static MeetingView of(WaitingReferral.OpenMeeting m) {
            return new MeetingView(m.meeting().id().toString(), m.meeting().meetsOn(), m.listed(), m.capacity(),
                    m.placesLeft());
        }
    }

    /** A waiting referral: {@code reason} for a program, {@code why} in full words; {@code meetings} with room. */
    record WaitingView(String id, String reference, LocalDate referredOn, boolean repeat, Integer riskScore,
            String reason, String why, List<MeetingView> meetings) {
    }

    record PlaceRequest(UUID meetingId) {
    }

    @GetMapping("/api/marac/maracs/{id}/waiting")
    List<WaitingView> waiting(@PathVariable UUID id) {
        return waiting.waiting(new MaracId(id)).stream().map(w -> new WaitingView(w.referral().id().toString(),
                w.referral().reference(), w.referral().referredOn(), w.referral().repeat(), w.referral().riskScore(),
                w.reason().name(), w.why(), w.meetings().stream().map(MeetingView::of).toList())).toList();
    }

    @PostMapping("/api/marac/referrals/{id}/meeting")
    MeetingView place(@PathVariable UUID id, @RequestBody PlaceRequest body) {
        return MeetingView.of(waiting.place(new MaracReferralId(id),
                body == null || body.meetingId() == null ? null : new MaracMeetingId(body.meetingId())).meeting());
    }
}
