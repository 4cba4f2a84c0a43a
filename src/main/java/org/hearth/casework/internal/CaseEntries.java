package org.hearth.casework.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseNote;
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
import org.hearth.people.SafeContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What is written on an open case by whoever may work it ({@link CaseGate#workable}): contact attempts (one on a
 * channel the person's safe-contact rules mark unsafe is flagged and escalated to the service's managers, who
 * acknowledge it), engagement, notes, safety plans, the support plan and risk reviews. Each checked by
 * {@link CaseInputRules}, then written and audited.
 */
@Component
class CaseEntries {

    private static final Logger log = LoggerFactory.getLogger(CaseEntries.class);

    private final CaseStore store;
    private final CaseGate gate;
    private final CaseworkAudit audit;
    private final People people;
    private final Clock clock = Clock.system(Dates.UK);

    CaseEntries(CaseStore store, CaseGate gate, CaseworkAudit audit, People people) {
        this.store = store;
        this.gate = gate;
        this.audit = audit;
        this.people = people;
    }

    ContactAttempt recordContact(CaseId id, Instant attemptedAt, ContactMethod method, ContactOutcome outcome,
            String notes) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        CaseInputRules.contact(attemptedAt, Instant.now(), c.referredOn(), method, outcome, notes);
        SafeContact rules = people.record(c.person()).map(x -> x.safeContact()).orElse(null);
        boolean unsafe = method.unsafeUnder(rules);
        UUID contact = UUID.randomUUID();
        store.insertContact(contact, id, attemptedAt, method, outcome, CaseInputRules.blank(notes), unsafe,
                me.actorId());
        audit.contact(contact, c, method, outcome, unsafe);
        if (unsafe) {
            log.warn("Contact attempt {} on case {} used a channel marked unsafe: escalated to the service's managers",
                    contact, id);
        }
        return one(store.contacts(id), ContactAttempt::id, contact);
    }

    void acknowledge(CaseId id, UUID contact) {
        Actor me = Roles.staff();
        CaseRow r = gate.managed(id);
        if (!store.acknowledge(id, contact, me.actorId())) {
            throw new NoSuchElementException("No such escalation waiting");
        }
        audit.unsafeChannelAcknowledged(contact, r.c());
    }

    void setEngagement(CaseId id, Engagement engagement) {
        Case c = gate.workable(id).c();
        CaseInputRules.engagement(engagement);
        store.setEngagement(id, engagement);
        audit.engagement(c, engagement);
    }

    CaseNote addNote(CaseId id, NoteType type, LocalDate on, String text) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        String t = CaseInputRules.note(type, on, LocalDate.now(clock), text);
        UUID note = UUID.randomUUID();
        store.insertNote(note, id, type, on, t, me.actorId());
        audit.note(note, c, type);
        return one(store.notes(id), CaseNote::id, note);
    }

    SafetyPlan saveSafetyPlan(CaseId id, SafetyPlan.Sections s) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        int version = store.insertPlan(id, CaseInputRules.safetyPlan(s), me.actorId());
        audit.safetyPlan(c, version);
        return store.plans(id).get(0);
    }

    SupportItem addSupport(CaseId id, SupportNeed need, String intervention) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        String t = CaseInputRules.support(need, intervention);
        UUID item = UUID.randomUUID();
        store.insertSupport(item, id, need, t, me.actorId());
        audit.supportAdded(item, c, need);
        return one(store.support(id), SupportItem::id, item);
    }

    SupportItem updateSupport(CaseId id, UUID item, SupportStatus status, String outcome) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        String o = CaseInputRules.supportUpdate(status, outcome);
        if (!store.updateSupport(id, item, status, o, me.actorId())) {
            throw new NoSuchElementException("No such intervention");
        }
        audit.supportUpdated(item, c, status);
        return one(store.support(id), SupportItem::id, item);
    }

    RiskReview requestRiskReview(CaseId id, RiskStage stage) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        CaseInputRules.riskStage(stage);
        UUID review = UUID.randomUUID();
        store.insertRiskReview(review, id, stage, me.actorId());
        audit.riskReview(review, c, stage);
        return one(store.reviews(id), RiskReview::id, review);
    }

    private static <T> T one(List<T> all, Function<T, UUID> id, UUID wanted) {
        return all.stream().filter(x -> id.apply(x).equals(wanted)).findFirst().orElseThrow();
    }
}
