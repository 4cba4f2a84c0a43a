package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.DateRules;
import org.hearth.platform.InvalidInputException;
import org.hearth.people.Named;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.AgencyRequest;
import org.hearth.reviews.Review.Recommendation;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.Stage;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who runs a death review and what it accepts, as pure functions of the actor, the review, the input and today (no
 * database): a message per field (the last one found for a field), or an exception for a step out of turn.
 */
final class ReviewRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;

    private ReviewRules() {
    }

    // ---- who

    /** Reviews are for signed-in staff only. */
    static Actor staff(Actor me) {
        if (me.apiClient()) {
            throw new AccessDeniedException("Reviews are for signed-in staff only");
        }
        return me;
    }

    /** The one role check for writes: partnership coordinators run reviews. */
    static Actor coordinator(Actor me) {
        if (!staff(me).hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            throw new AccessDeniedException("Only partnership coordinators run death reviews");
        }
        return me;
    }

    /** The coordinator who opened the review approves its panel. */
    static void opener(Review r, Actor me) {
        if (!r.openedBy().value().equals(me.actorId())) {
            throw new AccessDeniedException("Only the coordinator who opened the review approves its panel");
        }
    }

    // ---- where the review is

    static void requireOpen(Review r) {
        if (!r.open()) {
            throw InvalidInputException.of("closed", "This review is closed: nothing more can be recorded on it");
        }
    }

    static void requireHeld(Review r) {
        requireOpen(r);
        if (!Boolean.TRUE.equals(r.hold())) {
            throw InvalidInputException.of("decision", "Record the decision to hold the review first");
        }
    }


    // ---- input

    static Map<String, String> notification(Notification n, LocalDate today, Predicate<AgencyId> agencyKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        String pseudonym = strip(n.pseudonym());
        if (pseudonym == null) {
            errors.put("pseudonym", "Enter the pseudonym the review will use for the person who died");
        } else if (pseudonym.length() > 100) {
            errors.put("pseudonym", "The pseudonym must be 100 characters or fewer");
        }
        named("deceased", "the person who died", n.deceased(), true, today, errors);
        named("perpetrator", "the suspected perpetrator", n.perpetrator(), false, today, errors);
        DateRules.past(errors, "diedOn", n.diedOn(), today, "Enter the date of death",
                "The date of death cannot be in the future");
        if (DateRules.past(errors, "notifiedOn", n.notifiedOn(), today, "Enter the date the partnership was notified",
                "The date notified cannot be in the future") && n.diedOn() != null
                && n.notifiedOn().isBefore(n.diedOn())) {
            errors.put("notifiedOn", "The date notified cannot be before the date of death");
        }
        agency(errors, "notifyingAgency", n.notifyingAgency(), "Choose the agency that notified the partnership",
                agencyKnown);
        longText("circumstances", n.circumstances(), errors);
        return errors;
    }

    /** A person named on the review: known, or a given and family name with a real date of birth if any. */
    static void named(String field, String who, Named n, boolean required, LocalDate today,
            Map<String, String> errors) {
        String refusal = n == null || n.blank() ? (required ? "Enter the name of " + who : null)
                : n.refusal(who, today);
        if (refusal != null) {
            errors.put(field, refusal);
        }
    }

    static Map<String, String> decision(Review r, ReviewDecision d, LocalDate today) {
        if (r.decidedOn() != null) {
            throw InvalidInputException.of("decidedOn", "The decision has already been recorded");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (DateRules.past(errors, "decidedOn", d.decidedOn(), today, "Enter the date of the decision",
                "The date of the decision cannot be in the future") && d.decidedOn().isBefore(r.notifiedOn())) {
            errors.put("decidedOn", "The decision cannot be before the notification");
        }
        if (d.hold() == null) {
            errors.put("hold", "Choose whether a review will be held");
        }
        required(errors, "rationale", d.rationale(), "Enter why a review will (or will not) be held");
        if (Boolean.FALSE.equals(d.hold())) {
            if (d.homeOfficeToldOn() == null) {
                errors.put("homeOfficeToldOn",
                        "Enter the date the Home Office was told of the decision not to hold a review");
            } else if (d.decidedOn() != null && d.homeOfficeToldOn().isBefore(d.decidedOn())) {
                errors.put("homeOfficeToldOn", "The Home Office cannot have been told before the decision");
            } else if (d.homeOfficeToldOn().isAfter(today)) {
                errors.put("homeOfficeToldOn", "The date the Home Office was told cannot be in the future");
            }
        }
        return errors;
    }

    /** The independent chair's name, stripped. */
    static String chair(String chair) {
        String name = strip(chair);
        if (name == null) {
            throw InvalidInputException.of("chair", "Enter the name of the independent chair");
        }
        if (name.length() > MAX_SHORT) {
            throw InvalidInputException.of("chair", "The chair's name must be 200 characters or fewer");
        }
        return name;
    }

    static Map<String, String> request(Review r, AgencyId agency, RequestKind kind, LocalDate dueOn, LocalDate today,
            Predicate<AgencyId> agencyKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        agency(errors, "agency", agency, "Choose the agency asked", agencyKnown);
        if (kind == null) {
            errors.put("kind", "Choose what is asked for");
        }
        if (dueOn == null) {
            errors.put("dueOn", "Enter the date it is due");
        } else if (dueOn.isBefore(today)) {
            errors.put("dueOn", "The due date cannot be in the past");
        }
        if (errors.isEmpty() && r.requests().stream().anyMatch(q -> q.agency().equals(agency) && q.kind() == kind)) {
            errors.put("agency", "That agency has already been asked for this");
        }
        return errors;
    }

    /** The request returned, between its asking and today. */
    static AgencyRequest returned(Review r, UUID request, LocalDate returnedOn, LocalDate today) {
        if (request == null) {
            throw InvalidInputException.of("request", "Choose the request that was returned");
        }
        AgencyRequest q = r.requests().stream().filter(x -> x.id().equals(request)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("request", "There is no such request"));
        if (returnedOn == null) {
            throw InvalidInputException.of("returnedOn", "Enter the date it was returned");
        }
        if (returnedOn.isAfter(today) || returnedOn.isBefore(q.requestedOn())) {
            throw InvalidInputException.of("returnedOn", "The date returned must be between the request and today");
        }
        return q;
    }

    /** A stage: published only after quality assurance approved it and with an action plan. */
    static Map<String, String> stage(Review r, Stage stage, LocalDate on, String note, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (stage == null) {
            errors.put("stage", "Choose the stage reached");
        }
        if (DateRules.past(errors, "reachedOn", on, today, "Enter the date", "The date cannot be in the future")
                && on.isBefore(r.decidedOn())) {
            errors.put("reachedOn", "The date cannot be before the decision to hold the review");
        }
        longText("note", note, errors);
        if (stage == Stage.PUBLISHED && !r.reached(Stage.QA_APPROVED)) {
            errors.put("stage", "A review is published only after the quality assurance panel approves it");
        }
        if (stage == Stage.QA_APPROVED && !r.reached(Stage.SUBMITTED_TO_QA)) {
            errors.put("stage", "Record the submission to the quality assurance panel first");
        }
        if (stage == Stage.PUBLISHED && r.recommendations().isEmpty()) {
            errors.put("stage", "Add the review's recommendations (the action plan) before publishing it");
        }
        return errors;
    }

    static Map<String, String> recommendation(Review r, NewRecommendation n, Predicate<AgencyId> agencyKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "text", n.text(), "Enter the recommendation");
        if (blank(n.theme())) {
            errors.put("theme", "Enter its theme (for example, GP did not ask about abuse)");
        } else if (n.theme().strip().length() > MAX_SHORT) {
            errors.put("theme", "The theme must be 200 characters or fewer");
        }
        agency(errors, "owner", n.owner(), "Choose the agency that owns the recommendation", agencyKnown);
        if (n.dueOn() == null) {
            errors.put("dueOn", "Enter the date it is due");
        } else if (n.dueOn().isBefore(r.decidedOn())) {
            errors.put("dueOn", "The due date cannot be before the decision to hold the review");
        }
        return errors;
    }

    /** The recommendation updated, on a review that was held. */
    static Recommendation updated(Review r, UUID recommendation) {
        if (r.status() == Review.Status.NOT_HELD) {
            throw InvalidInputException.of("closed", "This review was not held");
        }
        if (recommendation == null) {
            throw InvalidInputException.of("recommendation", "Choose the recommendation");
        }
        return r.recommendations().stream().filter(x -> x.id().equals(recommendation)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("recommendation", "There is no such recommendation"));
    }

    /** Progress: done needs the day (not in the future) and the evidence. */
    static Map<String, String> update(RecommendationUpdate u, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (u.status() == null) {
            errors.put("status", "Choose its status");
        }
        if (u.status() == RecommendationStatus.DONE) {
            DateRules.past(errors, "completedOn", u.completedOn(), today, "Enter the date it was completed",
                    "The date completed cannot be in the future");
            if (blank(u.evidence())) {
                errors.put("evidence", "Enter the evidence that it was completed");
            }
        }
        longText("evidence", u.evidence(), errors);
        return errors;
    }

    // ---- text

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static void required(Map<String, String> errors, String field, String text, String missing) {
        if (blank(text)) {
            errors.put(field, missing);
        } else {
            longText(field, text, errors);
        }
    }

    private static void agency(Map<String, String> errors, String field, AgencyId agency, String missing,
            Predicate<AgencyId> known) {
        if (agency == null) {
            errors.put(field, missing);
        } else if (!known.test(agency)) {
            errors.put(field, "There is no such agency");
        }
    }

    private static void longText(String field, String text, Map<String, String> errors) {
        if (text != null && text.strip().length() > MAX_TEXT && !errors.containsKey(field)) {
            errors.put(field, "This must be 4,000 characters or fewer");
        }
    }
}
