package org.hearth.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.Worker;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.junit.jupiter.api.Test;

/**
 * A case page's rows and words ({@link CasePageViews}): the summary in words, the safe-contact rules only from a
 * record the reader may view in full and the safe number only for the allocated worker, unsafe attempts waiting for
 * a manager, the colleagues a case may go to, and who sees the button to accept a handover.
 */
class CasePageViewsTest {

    final StaffUserId worker = new StaffUserId(UUID.randomUUID());
    final StaffUserId colleague = new StaffUserId(UUID.randomUUID());
    final SafeContact rules = new SafeContact(true, false, null, true, false, "mornings", "07700 900123", null,
            "ask for Sam");

    Case aCase(Engagement engagement, LocalDate closedOn, String worker) {
        return new Case(new CaseId(UUID.randomUUID()), "CW-2026-00007", new CaseServiceId(UUID.randomUUID()),
                "North IDVA", ServiceKind.IDVA, new PersonId(UUID.randomUUID()), CaseSource.TRIAGE,
                LocalDate.of(2026, 11, 2), "The hub", null, CaseStatus.OPEN, this.worker, worker, null,
                LocalDate.of(2026, 11, 4), null, null, engagement, null, closedOn, "Safe and supported");
    }

    @Test
    void theSummaryIsInWords() {
        assertThat(CasePageViews.summary(aCase(null, null, null))).extracting(SummaryRow::key, SummaryRow::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Worker", "Not allocated yet"),
                        org.assertj.core.groups.Tuple.tuple("Referred", "2 November 2026 by The hub (The hub's triage"
                                + " decision)"),
                        org.assertj.core.groups.Tuple.tuple("Reason", ""),
                        org.assertj.core.groups.Tuple.tuple("Engagement", "Not recorded"));
        assertThat(CasePageViews.summary(aCase(null, null, null))).extracting(SummaryRow::key)
                .doesNotContain("Closed");
        assertThat(CasePageViews.summary(aCase(Engagement.ENGAGED, LocalDate.of(2026, 12, 1), "Ann")))
                .extracting(SummaryRow::key, SummaryRow::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Worker", "Ann"),
                        org.assertj.core.groups.Tuple.tuple("Engagement", "Engaged"),
                        org.assertj.core.groups.Tuple.tuple("Closed", "1 December 2026: Safe and supported"));
    }

    PersonRecord record(boolean full, boolean allocatedToMe, SafeContact rules) {
        PersonRecord r = mock(PersonRecord.class);
        when(r.full()).thenReturn(full);
        when(r.allocatedToMe()).thenReturn(allocatedToMe);
        when(r.safeContact()).thenReturn(rules);
        return r;
    }

    @Test
    void theSafeNumberIsShownOnlyToTheAllocatedWorkerAndTheRulesOnlyFromAFullRecord() {
        CasePageViews.SafeContactView allocated = CasePageViews.safeContact(record(true, true, rules));
        assertThat(allocated.known()).isTrue();
        assertThat(allocated.safePhone()).isEqualTo("07700 900123");
        assertThat(allocated.safeTimes()).isEqualTo("mornings");
        assertThat(allocated.notes()).isEqualTo("ask for Sam");
        assertThat(allocated.rules()).extracting(CasePageViews.RuleRow::answer)
                .containsExactly("Safe", "Not safe", "Not asked yet", "Safe", "Not safe");
        assertThat(allocated.rules()).extracting(CasePageViews.RuleRow::colour)
                .containsExactly("green", "red", "yellow", "green", "red");
        CasePageViews.SafeContactView notAllocated = CasePageViews.safeContact(record(true, false, rules));
        assertThat(notAllocated.known()).isTrue();
        assertThat(notAllocated.safePhone()).isNull();
        assertThat(CasePageViews.safeContact(record(false, true, rules))).as("a stub")
                .isEqualTo(CasePageViews.SafeContactView.UNKNOWN);
        assertThat(CasePageViews.safeContact(null)).isEqualTo(CasePageViews.SafeContactView.UNKNOWN);
        assertThat(CasePageViews.safeContact(record(true, true, null)).known()).isFalse();
    }

    @Test
    void anAttemptOnAnUnsafeChannelWaitsUntilAcknowledged() {
        CaseId id = new CaseId(UUID.randomUUID());
        Instant at = Instant.parse("2026-11-03T10:00:00Z");
        List<CasePageViews.ContactRow> rows = CasePageViews.contactRows(List.of(
                new ContactAttempt(UUID.randomUUID(), id, at, ContactMethod.TEXT, ContactOutcome.NO_ANSWER, null, true,
                        null, "Ann"),
                new ContactAttempt(UUID.randomUUID(), id, at, ContactMethod.TEXT, ContactOutcome.NO_ANSWER, null, true,
                        at, "Ann"),
                new ContactAttempt(UUID.randomUUID(), id, at, ContactMethod.PHONE_CALL, ContactOutcome.SPOKE, "ok",
                        false, null, "Ann")));
        assertThat(rows).extracting(CasePageViews.ContactRow::waiting).containsExactly(true, false, false);
        assertThat(rows.get(2).when()).isEqualTo("3 November 2026");
        assertThat(rows.get(2).method()).isEqualTo("Phone call");
    }

    @Test
    void aCaseGoesToAnotherColleagueOrServiceAndOnlyTheReceivingSideMayAccept() {
        CaseService s = new CaseService(new CaseServiceId(UUID.randomUUID()), new AgencyId(UUID.randomUUID()), "X",
                null, ServiceKind.IDVA, "North IDVA", 2, 60, 80, List.of(new Worker(worker, "Ann", BigDecimal.ONE,
                        false), new Worker(colleague, "Bea", BigDecimal.ONE, true)));
        assertThat(CasePageViews.colleagueChoices(s, worker)).extracting(Option::label)
                .containsExactly("Not to a colleague", "Bea");
        // every service that takes over from the case's (of its kind, not its own, its agency's in another area
        // too), as "Agency: service (area)", never a service of another kind
        AreaId south = new AreaId(UUID.randomUUID());
        AgencyId y = new AgencyId(UUID.randomUUID());
        CaseService xSouth = service(s.agency(), "Agency X", "IDVA service", south, ServiceKind.IDVA);
        CaseService yWhole = service(y, "Agency Y", "IDVA service", null, ServiceKind.IDVA);
        CaseService ySouth = service(y, "Agency Y", "South IDVA", south, ServiceKind.IDVA);
        CaseService zOutreach = service(new AgencyId(UUID.randomUUID()), "Agency Z", "Outreach", null,
                ServiceKind.OUTREACH);
        List<Option> offered = CasePageViews.serviceChoices(List.of(ySouth, s, zOutreach, yWhole, xSouth), s,
                Map.of(south, "Southbury"));
        assertThat(offered).extracting(Option::value).containsExactly("", xSouth.id().toString(),
                yWhole.id().toString(), ySouth.id().toString());
        assertThat(offered).extracting(Option::label).containsExactly("Not to another service",
                "Agency X: IDVA service (Southbury)", "Agency Y: IDVA service (the whole partnership)",
                "Agency Y: South IDVA (Southbury)");
        assertThat(CasePageViews.serviceChoices(List.of(s, zOutreach), s, Map.of())).extracting(Option::value)
                .containsExactly("");
        Handover pending = new Handover(new HandoverId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), s.id(),
                worker, new CaseServiceId(UUID.randomUUID()), "South", colleague, "Bea", "note", Instant.now(), null);
        assertThat(CasePageViews.mayAccept(pending, colleague.value(), false)).isTrue();
        assertThat(CasePageViews.mayAccept(pending, worker.value(), false)).isFalse();
        assertThat(CasePageViews.mayAccept(pending, worker.value(), true)).isTrue();
        assertThat(CasePageViews.mayAccept(pending, null, false)).isFalse();
        assertThat(CasePageViews.mayAccept(null, colleague.value(), true)).isFalse();
        Handover toQueue = new Handover(pending.id(), pending.caseId(), s.id(), worker, pending.toService(), "South",
                null, null, "note", Instant.now(), null);
        assertThat(CasePageViews.mayAccept(toQueue, colleague.value(), false)).isFalse();
    }

    static CaseService service(AgencyId agency, String agencyName, String name, AreaId area, ServiceKind kind) {
        return new CaseService(new CaseServiceId(UUID.randomUUID()), agency, agencyName, area, kind, name, 2, 60, 80,
                List.of());
    }
}
