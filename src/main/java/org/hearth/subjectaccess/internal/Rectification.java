package org.hearth.subjectaccess.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.people.People;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (UK GDPR Art. 16) with four eyes: a correction proposed on an open request changes nothing until
 * an information governance officer of the same agency other than its proposer approves it (one who joined after the
 * request was opened is granted the request's ground at the approval, {@link RequestGrounds#grantIfMissing}); the
 * approval corrects the record through {@code People.correct} in the same transaction.
 */
@Component
@Transactional
class Rectification {

    static final String OWN_PROPOSAL = "You proposed this correction: a second member of information governance "
            + "must approve or reject it";

    private final SubjectAccessStore store;
    private final SubjectAccessAudit audit;
    private final People people;
    private final RequestGrounds grounds;

    Rectification(SubjectAccessStore store, SubjectAccessAudit audit, People people, RequestGrounds grounds) {
        this.store = store;
        this.audit = audit;
        this.people = people;
        this.grounds = grounds;
    }

    ProposedCorrection propose(SubjectAccessRequest r, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy, Actor me) {
        String old = field == null ? null : current(r, field, me);
        SubjectAccessRules.proposal(field, newValue, old, reason, requestedBy, LocalDate.now(Dates.UK));
        CorrectionId id = store.propose(r, field, old, SubjectAccessRules.blank(newValue), reason, requestedBy, me);
        audit.proposed(id, r.id());
        return store.proposal(id, me.agency()).orElseThrow();
    }

    /**
     * The value the record holds now for a field, read for the proposal (audited as a read "subject access ...", which
     * the output's "who has read your record" leaves out like the officer's other readings for the request).
     */
    private String current(SubjectAccessRequest r, PersonCorrection.Field field, Actor me) {
        PersonDetails d = people.detailsFor(r.person(), me.displayName(),
                "subject access correction proposed " + r.id()).orElseThrow();
        return switch (field) {
            case GIVEN_NAME -> d.givenName();
            case FAMILY_NAME -> d.familyName();
            case DATE_OF_BIRTH -> d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
        };
    }

    @Transactional(readOnly = true)
    List<ProposedCorrection> proposals(RequestId id, Actor me) {
        List<ProposedCorrection> out = store.proposals(id, me.agency());
        audit.proposalsRead(out);
        return out;
    }

    @Transactional(readOnly = true)
    List<ProposedCorrection> awaitingApproval(Actor me) {
        List<ProposedCorrection> out = store.awaitingApproval(me.agency());
        audit.awaitingSearched(out);
        return out;
    }

    @Transactional(readOnly = true)
    Optional<ProposedCorrection> proposal(CorrectionId id, Actor me) {
        Optional<ProposedCorrection> c = store.proposal(id, me.agency());
        c.ifPresent(audit::proposalRead);
        return c;
    }

    ProposedCorrection approve(CorrectionId id, Actor me) {
        ProposedCorrection c = forDecision(id, me);
        SubjectAccessRequest r = openRequest(c.request(), me);
        grounds.grantIfMissing(r, me);
        PersonCorrection made = people.correct(r.person(), c.field(), c.newValue(), c.reason(), c.requestedBy());
        if (!Objects.equals(made.oldValue(), c.oldValue())) {
            // rolls the correction back with the transaction
            throw InvalidInputException.of("decision", "The record has changed since this correction was proposed: "
                    + "reject it and propose it again");
        }
        store.approved(id, me, made.id());
        audit.approved(id, made.id(), c.request());
        return store.proposal(id, me.agency()).orElseThrow();
    }

    ProposedCorrection reject(CorrectionId id, String reason, Actor me) {
        ProposedCorrection c = forDecision(id, me);
        SubjectAccessRules.rejection(reason);
        store.rejected(id, me, reason);
        audit.rejected(id, c.request());
        return store.proposal(id, me.agency()).orElseThrow();
    }

    /** The person's corrections made so far, read under the request's ground. */
    List<PersonCorrection> corrections(SubjectAccessRequest r, Actor me) {
        if (r.released()) {
            return List.of();
        }
        return people.corrections(r.person());
    }

    /** The proposal for a second approver's decision: pending, on an open request, and never the proposer's own. */
    private ProposedCorrection forDecision(CorrectionId id, Actor me) {
        ProposedCorrection c = store.proposal(id, me.agency())
                .orElseThrow(() -> new NoSuchElementException("No such correction"));
        if (!c.pending()) {
            throw InvalidInputException.of("decision", "This correction has been " + c.decision().label()
                    .toLowerCase() + " already");
        }
        if (c.proposedBy().equals(me.actorId())) {
            audit.ownDecisionRefused(id);
            throw InvalidInputException.of("decision", OWN_PROPOSAL);
        }
        openRequest(c.request(), me);
        return c;
    }

    private SubjectAccessRequest openRequest(RequestId id, Actor me) {
        return SubjectAccessRules.stillOpen(SubjectAccessRules.found(store.request(id, me.agency())));
    }
}
