package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.PERSON;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.signIn;
import static org.hearth.casework.internal.CaseworkUnits.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.access.StaffPrincipal;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseNote;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskReview;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.SupportItem;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.people.People;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What is written on a case ({@link CaseEntries}), with the store and the audit as mocks: a practitioner of another
 * agency writes nothing and nothing is audited; each write is audited with its record, the case and the person; a
 * contact on a channel the person's safe-contact rules forbid is flagged unsafe, and only a manager acknowledges it.
 */
class CaseEntriesTest {

    final CaseStore store = mock(CaseStore.class);
    final CaseworkAudit audit = mock(CaseworkAudit.class);
    final People people = mock(People.class);
    final CaseEntries entries = new CaseEntries(store, new CaseGate(store, audit), audit, people);
    final CaseServiceId service = new CaseServiceId(UUID.randomUUID());
    final StaffPrincipal worker = practitioner(AGENCY_X);
    final StaffPrincipal manager = practitioner(AGENCY_X);
    final Case c = CaseworkUnits.aCase(service, user(worker), CaseStatus.OPEN, null);
    final CaseId id = c.id();

    /** The id of the last record written (contact, note, intervention, review). */
    final AtomicReference<UUID> last = new AtomicReference<>();

    CaseEntriesTest() {
        when(store.row(id.value())).thenReturn(Optional.of(new CaseRow(c, AGENCY_X)));
        when(store.managerOf(any(), any())).thenAnswer(i -> i.getArgument(1).equals(manager.actorId()));
        Answer<Void> remember = i -> {
            last.set(i.getArgument(0));
            return null;
        };
        doAnswer(remember).when(store).insertContact(any(), any(), any(), any(), any(), any(), anyBoolean(), any());
        doAnswer(remember).when(store).insertNote(any(), any(), any(), any(), any(), any());
        doAnswer(remember).when(store).insertSupport(any(), any(), any(), any(), any());
        doAnswer(remember).when(store).insertRiskReview(any(), any(), any(), any());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStrangerWritesNothingOnTheCase() {
        signIn(practitioner(AGENCY_Y));
        Instant now = Instant.now();
        assertThatThrownBy(() -> entries.recordContact(id, now, ContactMethod.TEXT, ContactOutcome.SPOKE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.setEngagement(id, Engagement.ENGAGED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.addNote(id, NoteType.RISK, LocalDate.now(), "n"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.saveSafetyPlan(id, new SafetyPlan.Sections("a", null, null, null, null, null,
                null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.addSupport(id, SupportNeed.HOUSING, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.updateSupport(id, UUID.randomUUID(), SupportStatus.DONE, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.requestRiskReview(id, RiskStage.EXIT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.acknowledge(id, UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(audit, people);
        verify(store, never()).insertContact(any(), any(), any(), any(), any(), any(), anyBoolean(), any());
    }

    ContactAttempt contact(ContactMethod method, boolean unsafe) {
        ArgumentCaptor<UUID> contact = ArgumentCaptor.forClass(UUID.class);
        Instant at = Instant.now().minus(Duration.ofMinutes(1));
        when(store.contacts(id)).thenAnswer(i -> List.of(new ContactAttempt(last.get(), id, at, method,
                ContactOutcome.NO_ANSWER, null, unsafe, null, "W")));
        ContactAttempt a = entries.recordContact(id, at, method, ContactOutcome.NO_ANSWER, "  ");
        verify(store).insertContact(contact.capture(), eq(id), eq(at), eq(method), eq(ContactOutcome.NO_ANSWER),
                eq(null), eq(unsafe), eq(worker.actorId()));
        verify(audit).contact(contact.getValue(), c, method, ContactOutcome.NO_ANSWER, unsafe);
        return a;
    }

    @Test
    void aContactOnAChannelMarkedUnsafeIsFlaggedAndOnlyAManagerAcknowledgesIt() {
        PersonRecord record = mock(PersonRecord.class);
        when(record.safeContact()).thenReturn(new SafeContact(true, true, false, true, true, null, null, null, null));
        when(people.record(PERSON)).thenReturn(Optional.of(record));
        signIn(worker);
        assertThat(contact(ContactMethod.TEXT, true).unsafeChannel()).isTrue();
        assertThat(contact(ContactMethod.PHONE_CALL, false).unsafeChannel()).isFalse();

        UUID escalation = UUID.randomUUID();
        assertThatThrownBy(() -> entries.acknowledge(id, escalation)).as("the worker")
                .isInstanceOf(AccessDeniedException.class);
        signIn(manager);
        when(store.acknowledge(id, escalation, manager.actorId())).thenReturn(false);
        assertThatThrownBy(() -> entries.acknowledge(id, escalation)).isInstanceOf(NoSuchElementException.class);
        verify(audit, never()).unsafeChannelAcknowledged(any(), any());
        when(store.acknowledge(id, escalation, manager.actorId())).thenReturn(true);
        entries.acknowledge(id, escalation);
        verify(audit).unsafeChannelAcknowledged(escalation, c);
    }

    @Test
    void everyWriteIsStoredAndAuditedWithTheCase() {
        signIn(worker);
        entries.setEngagement(id, Engagement.UNCONTACTABLE);
        verify(store).setEngagement(id, Engagement.UNCONTACTABLE);
        verify(audit).engagement(c, Engagement.UNCONTACTABLE);

        ArgumentCaptor<UUID> note = ArgumentCaptor.forClass(UUID.class);
        LocalDate today = LocalDate.now(Dates.UK);
        when(store.notes(id)).thenAnswer(i -> List.of(new CaseNote(last.get(), id, NoteType.RISK, today, "Seen",
                "W", Instant.now())));
        assertThat(entries.addNote(id, NoteType.RISK, today, " Seen ").text()).isEqualTo("Seen");
        verify(store).insertNote(note.capture(), eq(id), eq(NoteType.RISK), eq(today), eq("Seen"),
                eq(worker.actorId()));
        verify(audit).note(note.getValue(), c, NoteType.RISK);

        when(store.insertPlan(eq(id), any(), eq(worker.actorId()))).thenReturn(4);
        when(store.plans(id)).thenReturn(List.of(new SafetyPlan(4, null, "Go", null, null, null, null, null, null,
                "W", Instant.now())));
        assertThat(entries.saveSafetyPlan(id, new SafetyPlan.Sections(" ", " Go ", null, null, null, null, null,
                null)).version()).isEqualTo(4);
        verify(store).insertPlan(id, new SafetyPlan.Sections(null, "Go", null, null, null, null, null, null),
                worker.actorId());
        verify(audit).safetyPlan(c, 4);

        ArgumentCaptor<UUID> item = ArgumentCaptor.forClass(UUID.class);
        when(store.support(id)).thenAnswer(i -> List.of(new SupportItem(last.get(), id, SupportNeed.FINANCE,
                "Grant", SupportStatus.PLANNED, null, Instant.now())));
        entries.addSupport(id, SupportNeed.FINANCE, " Grant ");
        verify(store).insertSupport(item.capture(), eq(id), eq(SupportNeed.FINANCE), eq("Grant"), eq(worker.actorId()));
        verify(audit).supportAdded(item.getValue(), c, SupportNeed.FINANCE);

        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> entries.updateSupport(id, missing, SupportStatus.DONE, "Paid"))
                .isInstanceOf(NoSuchElementException.class);
        verify(audit, never()).supportUpdated(any(), any(), any());
        when(store.updateSupport(id, item.getValue(), SupportStatus.DONE, "Paid", worker.actorId())).thenReturn(true);
        entries.updateSupport(id, item.getValue(), SupportStatus.DONE, " Paid ");
        verify(audit).supportUpdated(item.getValue(), c, SupportStatus.DONE);

        ArgumentCaptor<UUID> review = ArgumentCaptor.forClass(UUID.class);
        when(store.reviews(id)).thenAnswer(i -> List.of(new RiskReview(last.get(), id, RiskStage.EXIT,
                Instant.now(), null)));
        assertThat(entries.requestRiskReview(id, RiskStage.EXIT).stage()).isEqualTo(RiskStage.EXIT);
        verify(store).insertRiskReview(review.capture(), eq(id), eq(RiskStage.EXIT), eq(worker.actorId()));
        verify(audit).riskReview(review.getValue(), c, RiskStage.EXIT);
    }

    @Test
    void whatTheRulesRefuseIsNeverWrittenNorAudited() {
        signIn(worker);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> entries.recordContact(id, tomorrow, ContactMethod.TEXT, ContactOutcome.SPOKE, null))
                .isInstanceOf(org.hearth.platform.InvalidInputException.class);
        assertThatThrownBy(() -> entries.setEngagement(id, null))
                .isInstanceOf(org.hearth.platform.InvalidInputException.class);
        assertThatThrownBy(() -> entries.requestRiskReview(id, null))
                .isInstanceOf(org.hearth.platform.InvalidInputException.class);
        verify(store, never()).insertContact(any(), any(), any(), any(), any(), any(), anyBoolean(), any());
        verify(store, never()).setEngagement(any(), any());
        verify(store, never()).insertRiskReview(any(), any(), any(), any());
        verifyNoInteractions(audit);
    }

    @Test
    void eachWriteAnswersWithTheRecordItWroteAmongTheOthers() {
        signIn(worker);
        Instant at = Instant.now();
        SupportItem other = new SupportItem(UUID.randomUUID(), id, SupportNeed.HEALTH, "GP", SupportStatus.PLANNED,
                null, at);
        when(store.support(id)).thenAnswer(i -> List.of(other, new SupportItem(last.get(), id, SupportNeed.FINANCE,
                "Grant", SupportStatus.PLANNED, null, at)));
        SupportItem added = entries.addSupport(id, SupportNeed.FINANCE, "Grant");
        assertThat(added.id()).isEqualTo(last.get()).isNotEqualTo(other.id());
        when(store.updateSupport(any(), any(), any(), any(), any())).thenReturn(true);
        assertThat(entries.updateSupport(id, added.id(), SupportStatus.IN_PROGRESS, null).id()).isEqualTo(added.id());
    }
}
