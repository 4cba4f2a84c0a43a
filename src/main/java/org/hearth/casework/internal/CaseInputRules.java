package org.hearth.casework.internal;

import org.hearth.platform.DateRules;
import org.hearth.platform.Dates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.casework.CaseService;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskStage;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.platform.InvalidInputException;

/**
 * What casework refuses as input, and its bounds: every text at most {@link #MAX_TEXT} characters, nothing dated in
 * the future, a contact attempt never before the referral. Pure: each check throws {@link InvalidInputException}
 * with a message per field (in the order of the form) before anything is written, and returns the text to store.
 */
final class CaseInputRules {

    static final int MAX_TEXT = 5000;

    /** A contact attempt may be stamped up to this far ahead of the server's clock (a device's clock a little fast). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final List<String> PLAN_FIELDS = List.of("safeContacts", "escapePlan", "documentsAndBag", "codeWord",
            "children", "technology", "atHome", "atWork");

    private CaseInputRules() {
    }

    /** A referral: the service chosen, and why (stripped, at most 5,000 characters). */
    static String referral(Optional<CaseService> service, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (service.isEmpty()) {
            errors.put("service", "Choose the service to refer to");
        }
        String why = text(errors, "reason", reason, "Say why you are referring: what the person needs and the risk",
                "The reason");
        InvalidInputException.refuseIfAny(errors);
        return why;
    }

    /** A contact attempt: made (not ahead of now), not before the referral; how, what came of it, short notes. */
    static void contact(Instant attemptedAt, Instant now, LocalDate referredOn, ContactMethod method,
            ContactOutcome outcome, String notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (attemptedAt == null) {
            errors.put("attemptedOn", "Enter the date of the attempt");
        } else if (attemptedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.put("attemptedOn", "The attempt must be today or in the past: record attempts once made");
        } else if (attemptedAt.atZone(Dates.UK).toLocalDate().isBefore(referredOn)) {
            errors.put("attemptedOn", "The attempt cannot be before the referral on " + referredOn);
        }
        if (method == null) {
            errors.put("method", "Choose how you tried to make contact");
        }
        if (outcome == null) {
            errors.put("outcome", "Choose what came of it");
        }
        if (notes != null && notes.length() > MAX_TEXT) {
            errors.put("notes", "The notes must be " + MAX_TEXT + " characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
    }

    /** A case note: its type, a day not after today, and its text (stripped). */
    static String note(NoteType type, LocalDate on, LocalDate today, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == null) {
            errors.put("type", "Choose the type of note");
        }
        DateRules.past(errors, "notedOn", on, today, "Enter the date the note is about",
                "The date must be today or in the past");
        String t = text(errors, "text", text, "Write the note", "The note");
        InvalidInputException.refuseIfAny(errors);
        return t;
    }

    /** A safety plan: at least one section written, each at most 5,000 characters; the sections to store. */
    static SafetyPlan.Sections safetyPlan(SafetyPlan.Sections s) {
        List<String> all = Arrays.asList(s.safeContacts(), s.escapePlan(), s.documentsAndBag(), s.codeWord(),
                s.children(), s.technology(), s.atHome(), s.atWork());
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && all.get(i).length() > MAX_TEXT) {
                errors.put(PLAN_FIELDS.get(i), "Each section must be " + MAX_TEXT + " characters or fewer");
            }
        }
        if (all.stream().allMatch(x -> blank(x) == null)) {
            errors.put("safeContacts", "Write at least one section of the safety plan");
        }
        InvalidInputException.refuseIfAny(errors);
        return new SafetyPlan.Sections(blank(s.safeContacts()), blank(s.escapePlan()), blank(s.documentsAndBag()),
                blank(s.codeWord()), blank(s.children()), blank(s.technology()), blank(s.atHome()),
                blank(s.atWork()));
    }

    /** An intervention of the support plan: the need and what will be done (stripped). */
    static String support(SupportNeed need, String intervention) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (need == null) {
            errors.put("need", "Choose the need");
        }
        String t = text(errors, "intervention", intervention, "Say what will be done", "The intervention");
        InvalidInputException.refuseIfAny(errors);
        return t;
    }

    /** An intervention's progress: done or stopped needs its outcome; the outcome to store (null if none). */
    static String supportUpdate(SupportStatus status, String outcome) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null) {
            errors.put("status", "Choose the status");
        }
        String o = strip(outcome);
        if ((status == SupportStatus.DONE || status == SupportStatus.STOPPED) && o.isEmpty()) {
            errors.put("outcome", "Say what came of it: an intervention done or stopped needs its outcome");
        } else if (o.length() > MAX_TEXT) {
            errors.put("outcome", "The outcome must be " + MAX_TEXT + " characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
        return o.isEmpty() ? null : o;
    }

    static void engagement(Engagement engagement) {
        if (engagement == null) {
            throw InvalidInputException.of("engagement", "Choose whether the person is engaging");
        }
    }

    static void riskStage(RiskStage stage) {
        if (stage == null) {
            throw InvalidInputException.of("stage", "Choose why the risk is reviewed: intake, escalation or exit");
        }
    }

    /** The text stripped, or null when there is none. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Text that must be written ({@code missing} when not), of 5,000 characters at most ({@code what} says what). */
    private static String text(Map<String, String> errors, String field, String value, String missing, String what) {
        String t = strip(value);
        if (t.isEmpty()) {
            errors.put(field, missing);
        } else if (t.length() > MAX_TEXT) {
            errors.put(field, what + " must be " + MAX_TEXT + " characters or fewer");
        }
        return t;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

}
