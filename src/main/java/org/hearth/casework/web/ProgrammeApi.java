package org.hearth.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.casework.CaseId;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.casework.Programmes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Perpetrator programmes as JSON (casework sessions): the programmes with places and waiting, a referral for the
 * programme's staff (no partner in it, only whether her worker is linked), and the notices on a case for the
 * partner's worker. Ids and codes, never a name.
 */
@RestController
@RequestMapping("/api/casework")
@PreAuthorize(Role.WORKS_CASES)
class ProgrammeApi {

    private final Programmes programmes;

    ProgrammeApi(Programmes programmes) {
        this.programmes = programmes;
    }

    record ProgrammeView(String id, String name, String agencyId, boolean courtMandated, int places, int inProgramme,
            int waiting, Double medianWaitDays) {

        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id().toString(), p.name(), p.agency().toString(), p.courtMandated(), p.places(),
                    p.inProgramme(), p.waiting(), p.medianWaitDays());
        }
    }

    record SessionView(LocalDate on, ProgrammeAttendance attendance, String note) {
    }

    record ReferralView(String id, String reference, String programmeId, String personId, LocalDate referredOn,
            ProgrammeStatus status, LocalDate assessedOn, LocalDate startedOn, LocalDate endedOn,
            ProgrammeEndReason endReason, boolean partnerLinked, List<SessionView> sessions) {

        static ReferralView of(ProgrammeReferral r) {
            return new ReferralView(r.id().toString(), r.reference(), r.programme().toString(), r.person().toString(),
                    r.referredOn(), r.status(), r.assessedOn(), r.startedOn(), r.endedOn(), r.endReason(),
                    r.partnerLinked(), r.sessions().stream().map(s -> new SessionView(s.on(), s.attendance(), s.note()))
                            .toList());
        }
    }

    record NoticeView(String referralReference, String programme, PartnerNotice.Kind kind, LocalDate occurredOn,
            String words, Instant createdAt) {
    }

    @GetMapping("/programmes")
    @NotAudited("programmes and their counts name no person")
    List<ProgrammeView> programmes() {
        return programmes.all().stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/programme-referrals/{id}")
    @NotAudited("Programmes.referral audits the read with the perpetrator's id")
    ReferralView referral(@PathVariable UUID id) {
        return programmes.referral(new ProgrammeReferralId(id)).map(ReferralView::of)
                .orElseThrow(NoSuchElementException::new);
    }

    @GetMapping("/cases/{id}/programme-notices")
    @NotAudited("Programmes.noticesFor reads the case through Casework, which audits it with the person's id")
    List<NoticeView> notices(@PathVariable UUID id) {
        return programmes.noticesFor(new CaseId(id)).stream().map(n -> new NoticeView(n.referralReference(),
                n.programmeName(), n.kind(), n.occurredOn(), n.words(), n.createdAt())).toList();
    }
}
