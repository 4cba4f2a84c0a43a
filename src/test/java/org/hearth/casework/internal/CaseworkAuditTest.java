package org.hearth.casework.internal;

import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.Case;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.HandoverId;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskStage;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.junit.jupiter.api.Test;

/**
 * What casework writes to the audit trail ({@link CaseworkAudit}): each entry's action, record type, ids (always the
 * person's, so the person's audit shows it) and reason; a read of a list names every person on it, an empty list
 * writes nothing; a refused second referral goes through {@code recordRefusal} (its own transaction).
 */
class CaseworkAuditTest {

    final AuditTrail trail = mock(AuditTrail.class);
    final CaseworkAudit audit = new CaseworkAudit(trail);
    final CaseServiceId service = new CaseServiceId(UUID.randomUUID());
    final Case c = CaseworkUnits.aCase(service, new StaffUserId(UUID.randomUUID()), CaseStatus.OPEN, null);
    final String cid = c.id().toString();
    final String pid = c.person().toString();
    final UUID record = UUID.randomUUID();
    final String rid = record.toString();

    @Test
    void referralsAndPlacementsNameTheCaseAndThePerson() {
        audit.referred(record, c.person(), ServiceKind.OUTREACH);
        verify(trail).record(AuditAction.CREATE, "casework-case", List.of(rid, pid), "referred to OUTREACH");
        audit.referredAgainWhileOpen(record, c.person(), CaseworkUnits.AGENCY_Y);
        verify(trail).recordRefusal(AuditAction.CREATE, "casework-case", List.of(rid, pid),
                "referred again while open, by " + CaseworkUnits.AGENCY_Y);
        UUID source = UUID.randomUUID();
        audit.placed(record, c.person(), CaseSource.MARAC, source);
        verify(trail).recordFor(org.mockito.ArgumentMatchers.eq(JdbcCasework.TRIAGE_READER), isNull(),
                org.mockito.ArgumentMatchers.eq(AuditAction.CREATE), org.mockito.ArgumentMatchers.eq("casework-case"),
                org.mockito.ArgumentMatchers.eq(List.of(rid, pid)),
                org.mockito.ArgumentMatchers.eq("from MARAC " + source));
        verifyNoMoreInteractions(trail);
    }

    @Test
    void everyReadIsAReadOfThePersonAndAnEmptyListReadsNobody() {
        audit.read(c, "notes");
        verify(trail).record(AuditAction.READ, "person", List.of(pid, cid), "casework: notes");
        Case other = CaseworkUnits.aCase(service, null, CaseStatus.AWAITING_ALLOCATION, null);
        audit.listed(List.of(c, other), "my cases");
        verify(trail).record(AuditAction.READ, "person", List.of(pid, other.person().toString()),
                "casework: my cases");
        verifyNoMoreInteractions(trail);
        AuditTrail quiet = mock(AuditTrail.class);
        new CaseworkAudit(quiet).listed(List.of(), "allocation queue");
        verifyNoInteractions(quiet);
    }

    @Test
    void everyWriteNamesItsRecordTheCaseAndThePerson() {
        StaffUserId worker = new StaffUserId(UUID.randomUUID());
        audit.allocated(c, worker);
        verify(trail).record(AuditAction.UPDATE, "casework-case", List.of(cid, pid), "allocated to " + worker);
        audit.handoverRequested(record, c, service, worker);
        verify(trail).record(AuditAction.CREATE, "casework-handover", List.of(rid, cid, pid),
                "to service " + service + ", worker " + worker);
        audit.handoverRequested(record, c, service, null);
        verify(trail).record(AuditAction.CREATE, "casework-handover", List.of(rid, cid, pid), "to service " + service);
        audit.handoverAccepted(new HandoverId(record), c);
        verify(trail).record(AuditAction.UPDATE, "casework-handover", List.of(rid, cid, pid), "accepted");
        audit.contact(record, c, ContactMethod.TEXT, ContactOutcome.NO_ANSWER, false);
        verify(trail).record(AuditAction.CREATE, "casework-contact", List.of(rid, cid, pid), "TEXT NO_ANSWER");
        audit.contact(record, c, ContactMethod.POST, ContactOutcome.MESSAGE_SENT, true);
        verify(trail).record(AuditAction.CREATE, "casework-contact", List.of(rid, cid, pid),
                "POST MESSAGE_SENT ON A CHANNEL MARKED UNSAFE: escalated");
        audit.unsafeChannelAcknowledged(record, c);
        verify(trail).record(AuditAction.UPDATE, "casework-contact", List.of(rid, cid, pid),
                "unsafe channel acknowledged");
        audit.engagement(c, Engagement.DECLINED);
        verify(trail).record(AuditAction.UPDATE, "casework-case", List.of(cid, pid), "engagement DECLINED");
        audit.note(record, c, NoteType.SAFEGUARDING);
        verify(trail).record(AuditAction.CREATE, "casework-note", List.of(rid, cid, pid), "SAFEGUARDING");
        audit.safetyPlan(c, 3);
        verify(trail).record(AuditAction.CREATE, "casework-safety-plan", List.of(cid, pid), "version 3");
        audit.supportAdded(record, c, SupportNeed.HOUSING);
        verify(trail).record(AuditAction.CREATE, "casework-support", List.of(rid, cid, pid), "HOUSING");
        audit.supportUpdated(record, c, SupportStatus.DONE);
        verify(trail).record(AuditAction.UPDATE, "casework-support", List.of(rid, cid, pid), "DONE");
        audit.riskReview(record, c, RiskStage.ESCALATION);
        verify(trail).record(AuditAction.CREATE, "casework-risk-review", List.of(rid, cid, pid), "ESCALATION");
        verifyNoMoreInteractions(trail);
    }
}
