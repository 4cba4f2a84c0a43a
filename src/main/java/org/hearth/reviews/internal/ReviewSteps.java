package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.AgencyRequest;
import org.hearth.reviews.Review.Recommendation;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Stage;
import org.springframework.stereotype.Component;

/**
 * The steps of a review, each by a partnership coordinator, checked by {@link ReviewRules}, written by
 * {@link ReviewStore} and audited: the notification, the decision, the chair and panel, the agencies' returns, the
 * stages and the action plan. Grants on the review's people follow its panel ({@link ReviewParties}).
 */
@Component
class ReviewSteps {

    private final ReviewStore store;
    private final ReviewAssembler assembler;
    private final ReviewParties parties;
    private final StaffUsers users;
    private final AuditTrail audit;
    private final ReviewClocks clocks;
    private final Predicate<AgencyId> agencyKnown;

    ReviewSteps(ReviewStore store, ReviewAssembler assembler, ReviewParties parties, StaffUsers users,
            Partnerships partnerships, AuditTrail audit, ReviewClocks clocks) {
        this.store = store;
        this.assembler = assembler;
        this.parties = parties;
        this.users = users;
        this.audit = audit;
        this.clocks = clocks;
        this.agencyKnown = agency -> partnerships.agency(agency).isPresent();
    }

    private Review require(ReviewId id) {
        return assembler.load(id.value()).orElseThrow(() -> new NoSuchElementException("No such review"));
    }

    /** The review after a step, audited with its id (and its people's) then the ids the step names. */
    private Review audited(Review saved, String what, boolean withPeople, String... more) {
        List<String> ids = new ArrayList<>(withPeople ? ReviewParties.ids(saved) : List.of(saved.id().toString()));
        ids.addAll(List.of(more));
        audit.record(AuditAction.UPDATE, JdbcReviews.RECORD_TYPE, ids, what);
        return saved;
    }

    Review notify(Notification n) {
        Actor me = ReviewRegister.coordinator();
        InvalidInputException.refuseIfAny(ReviewRules.notification(n, ReviewRegister.today(), agencyKnown));
        List<PersonId> created = new ArrayList<>();
        PersonId deceased = parties.resolve("deceased", n.deceased(), created);
        PersonId perpetrator = n.perpetrator() == null || n.perpetrator().blank() ? null
                : parties.resolve("perpetrator", n.perpetrator(), created);
        if (deceased.equals(perpetrator)) {
            throw InvalidInputException.of("perpetrator", "The suspected perpetrator cannot be the person who died");
        }
        UUID id = UUID.randomUUID();
        String reference = "DARDR-" + n.notifiedOn().getYear() + "-" + String.format("%03d", store.nextNumber());
        store.insert(new ReviewStore.NewReviewRow(id, reference, ReviewRules.strip(n.pseudonym()), deceased.value(),
                perpetrator == null ? null : perpetrator.value(), n.diedOn(), n.notifiedOn(),
                n.notifyingAgency().value(), ReviewRules.strip(n.circumstances()),
                clocks.decisionDue(n.notifiedOn()), me.actorId(), me.displayName()));
        Review saved = require(new ReviewId(id));
        // the coordinator who opened the review holds it; a record made for it keeps no agency grant
        parties.grant(saved, new StaffUserId(me.actorId()));
        parties.endAgencyGrants(created);
        audit.record(AuditAction.CREATE, JdbcReviews.RECORD_TYPE, ReviewParties.ids(saved),
                "notification " + reference);
        return saved;
    }

    Review decide(ReviewId id, ReviewDecision d) {
        ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireOpen(r);
        InvalidInputException.refuseIfAny(ReviewRules.decision(r, d, ReviewRegister.today()));
        boolean hold = d.hold();
        store.decide(id.value(), d.decidedOn(), hold, d.rationale().strip(), hold ? null : d.homeOfficeToldOn(),
                hold ? clocks.completionDue(d.decidedOn()) : null, hold ? null : d.decidedOn());
        Review saved = require(id);
        if (!hold) {
            parties.endGrants(saved);
        }
        return audited(saved, hold ? "decision: hold a review" : "decision: no review; closed", true);
    }

    Review appointChair(ReviewId id, String chair) {
        ReviewRegister.coordinator();
        ReviewRules.requireHeld(require(id));
        store.chair(id.value(), ReviewRules.chair(chair));
        return audited(require(id), "independent chair", false);
    }

    Review addPanelMember(ReviewId id, StaffUserId member) {
        Actor me = ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireHeld(r);
        ReviewRules.opener(r, me);
        if (member == null) {
            throw InvalidInputException.of("member", "Choose the member of staff to add to the panel");
        }
        StaffUser user = users.find(member).filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.CASEWORK::contains))
                .orElseThrow(() -> InvalidInputException.of("member",
                        "Choose a member of staff who works with people's records"));
        if (r.onPanel(member)) {
            throw InvalidInputException.of("member", "They are already on the panel");
        }
        store.addPanelMember(id.value(), member.value(), user.agency().value(), ReviewRegister.today(),
                me.displayName());
        // the member's view of the deceased's and the perpetrator's records: approved by the opening coordinator
        parties.grant(r, member);
        return audited(require(id), "panel member added", true, member.value().toString());
    }

    Review request(ReviewId id, AgencyId agency, RequestKind kind, LocalDate dueOn) {
        ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireHeld(r);
        LocalDate today = ReviewRegister.today();
        InvalidInputException.refuseIfAny(ReviewRules.request(r, agency, kind, dueOn, today, agencyKnown));
        UUID request = UUID.randomUUID();
        store.insertRequest(request, id.value(), agency.value(), kind, today, dueOn);
        return audited(require(id), kind.label() + " requested", false, request.toString());
    }

    Review recordReturn(ReviewId id, UUID request, LocalDate returnedOn) {
        ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireOpen(r);
        AgencyRequest q = ReviewRules.returned(r, request, returnedOn, ReviewRegister.today());
        store.requestReturned(request, returnedOn);
        return audited(require(id), q.kind().label() + " returned", false, request.toString());
    }

    Review recordStage(ReviewId id, Stage stage, LocalDate on, String note) {
        Actor me = ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireHeld(r);
        InvalidInputException.refuseIfAny(ReviewRules.stage(r, stage, on, note, ReviewRegister.today()));
        store.insertStage(id.value(), stage, on, ReviewRules.strip(note), me.displayName());
        Review saved = require(id);
        if (stage == Stage.PUBLISHED) {
            parties.endGrants(saved);
        }
        return audited(saved, "stage " + stage.name(), true);
    }

    Review recommend(ReviewId id, NewRecommendation n) {
        ReviewRegister.coordinator();
        Review r = require(id);
        ReviewRules.requireHeld(r);
        InvalidInputException.refuseIfAny(ReviewRules.recommendation(r, n, agencyKnown));
        int number = r.recommendations().size() + 1;
        UUID rec = UUID.randomUUID();
        store.insertRecommendation(rec, id.value(), number, n.text().strip(), n.theme().strip(), n.owner().value(),
                n.dueOn());
        audit.record(AuditAction.CREATE, JdbcReviews.RECOMMENDATION_TYPE, List.of(rec.toString(), id.toString()),
                "recommendation " + number);
        return require(id);
    }

    Review updateRecommendation(ReviewId id, UUID recommendation, RecommendationUpdate u) {
        ReviewRegister.coordinator();
        Recommendation rec = ReviewRules.updated(require(id), recommendation);
        InvalidInputException.refuseIfAny(ReviewRules.update(u, ReviewRegister.today()));
        boolean done = u.status() == RecommendationStatus.DONE;
        store.updateRecommendation(rec.id(), u.status(), done ? u.completedOn() : null,
                ReviewRules.strip(u.evidence()));
        audit.record(AuditAction.UPDATE, JdbcReviews.RECOMMENDATION_TYPE, List.of(rec.id().toString(), id.toString()),
                "recommendation " + rec.number() + ": " + u.status().name());
        return require(id);
    }
}
