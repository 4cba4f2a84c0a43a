package org.hearth.subjectaccess.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hearth.people.CorrectionRules;
import org.hearth.people.PersonCorrection;
import org.hearth.platform.DateRules;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.NewRequest;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.RepresentativeKind;
import org.hearth.subjectaccess.SubjectAccessRequest;

/**
 * What a request, a check, an extension, a release and a proposed correction must satisfy: pure (no database, no
 * clock: today is given), each refusing with {@link InvalidInputException} naming every field at fault.
 */
final class SubjectAccessRules {

    /** A parent may ask for a child under this age (ICO: from about 12 a child is presumed able to ask). */
    static final int PARENT_UNTIL = 12;

    private SubjectAccessRules() {
    }

    /** The request of the officer's agency, or "no such request" (404): another agency's is never found. */
    static SubjectAccessRequest found(Optional<SubjectAccessRequest> r) {
        return r.orElseThrow(() -> new NoSuchElementException("No such request"));
    }

    /** A released request changes no more. */
    static SubjectAccessRequest stillOpen(SubjectAccessRequest r) {
        if (r.released()) {
            throw InvalidInputException.of("released", "This request has been released: nothing more can change");
        }
        return r;
    }

    /** A new request: when and how it came, who asked (and for whom, if a representative), whom it is about. */
    static void opening(NewRequest r, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        DateRules.past(errors, "receivedOn", r.receivedOn(), today, "Enter the date the request was received",
                "The date received must be today or in the past");
        text(errors, "requesterName", r.requesterName(), "Enter who made the request", 200);
        if (r.requesterRole() == null) {
            errors.put("requesterRole", "Choose who the requester is in the records");
        }
        identity(errors, r.identityCheckedOn(), r.identityEvidence(), r.receivedOn(), today);
        Representative rep = r.representative();
        if (rep != null) {
            text(errors, "representativeName", rep.name(), "Enter the representative's name", 200);
            if (rep.kind() == null) {
                errors.put("representativeKind", "Choose who the representative is to the person");
            }
            text(errors, "representativeAuthority", rep.authority(), "Enter the authority the representative "
                    + "showed (for example, a signed authority or a court order)", 1000);
            representativeIdentity(errors, rep.checkedOn(), rep.evidence(), r.receivedOn(), today);
            // a parent asks for a young child only: from 12 a child is presumed able to ask (or to authorise someone)
            if (rep.kind() == RepresentativeKind.PARENT && r.dateOfBirth() != null && r.receivedOn() != null
                    && !r.dateOfBirth().plusYears(PARENT_UNTIL).isAfter(r.receivedOn())) {
                errors.put("representativeKind", "A parent asks for a child under " + PARENT_UNTIL + " only: an "
                        + "older child asks themselves, or gives someone their written authority");
            }
        }
        text(errors, "givenName", r.givenName(), "Enter the given name of the person the request is about", 200);
        text(errors, "familyName", r.familyName(), "Enter the family name of the person the request is about", 200);
        if (r.dateOfBirth() == null) {
            errors.put("dateOfBirth", "Enter the date of birth of the person the request is about");
        }
        InvalidInputException.refuseIfAny(errors);
    }

    /** The requester's proof of identity, checked later than the opening. */
    static void identityCheck(LocalDate on, String evidence, LocalDate received, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null && blank(evidence) == null) {
            errors.put("identityCheckedOn", "Enter the date the proof of identity was checked");
        }
        identity(errors, on, evidence, received, today);
        InvalidInputException.refuseIfAny(errors);
    }

    /** The representative's proof of identity, checked later than the opening. */
    static void representativeCheck(SubjectAccessRequest r, LocalDate on, String evidence, LocalDate today) {
        if (r.representative() == null) {
            throw InvalidInputException.of("representativeCheckedOn", "This request was made by the person: there is "
                    + "no representative to check");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null && blank(evidence) == null) {
            errors.put("representativeCheckedOn", "Enter the date the representative's proof of identity was checked");
        }
        representativeIdentity(errors, on, evidence, r.receivedOn(), today);
        InvalidInputException.refuseIfAny(errors);
    }

    /** A complex request's new due date: after the one-month date, at most three months after receipt. */
    static void extension(SubjectAccessRequest r, LocalDate to, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (to == null) {
            errors.put("extendedTo", "Enter the new due date");
        } else if (!to.isAfter(r.dueOn())) {
            errors.put("extendedTo", "The new due date must be after the one-month due date");
        } else if (to.isAfter(SubjectAccessRequest.latestExtension(r.receivedOn()))) {
            errors.put("extendedTo", "A complex request may be extended by two further months at most: by "
                    + Dates.day(SubjectAccessRequest.latestExtension(r.receivedOn())));
        }
        text(errors, "extensionReason", reason, "Enter why the request is complex", 2000);
        InvalidInputException.refuseIfAny(errors);
    }

    /** A flagged item's review: an item of the request, a decision and why. */
    static void review(boolean knownItem, FlaggedItem.Decision decision, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!knownItem) {
            errors.put("item", "There is no such flagged item on this request");
        }
        if (decision == null) {
            errors.put("decision", "Choose whether to release the item or keep it redacted");
        }
        text(errors, "reason", reason, "Enter the reason for the decision", 2000);
        InvalidInputException.refuseIfAny(errors);
    }

    /** Nothing leaves before both identities are checked and no correction awaits its second approver. */
    static void release(SubjectAccessRequest r, long pendingCorrections) {
        if (!r.identityChecked()) {
            throw InvalidInputException.of("identityCheckedOn",
                    "Check the requester's proof of identity before releasing anything");
        }
        if (!r.identitiesChecked()) {
            throw InvalidInputException.of("representativeCheckedOn",
                    "Check the representative's proof of identity before releasing anything to them");
        }
        if (pendingCorrections > 0) {
            throw InvalidInputException.of("corrections", "A correction awaits a second approver: approve or reject "
                    + "it before the release");
        }
    }

    /** ... and every flagged item is reviewed. */
    static void allReviewed(long unreviewed) {
        if (unreviewed > 0) {
            throw InvalidInputException.of("items", unreviewed + (unreviewed == 1 ? " flagged item is" : " flagged "
                    + "items are") + " not reviewed yet: review each one (release or keep redacted) first");
        }
    }

    /** A proposed correction: the people module's rules for any correction ({@link CorrectionRules#errors}). */
    static void proposal(PersonCorrection.Field field, String newValue, String old, String reason,
            String requestedBy, LocalDate today) {
        InvalidInputException.refuseIfAny(CorrectionRules.errors(field, old, newValue, reason, requestedBy, today));
    }

    /** A rejected correction's reason. */
    static void rejection(String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "decisionReason", reason, "Enter why the correction is rejected", 2000);
        InvalidInputException.refuseIfAny(errors);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void identity(Map<String, String> errors, LocalDate on, String evidence, LocalDate received,
            LocalDate today) {
        if (on == null && blank(evidence) == null) {
            return;
        }
        if (DateRules.past(errors, "identityCheckedOn", on, today, "Enter the date the proof of identity was checked",
                "The date of the identity check must be today or in the past") && received != null
                && on.isBefore(received.minusMonths(1))) {
            errors.put("identityCheckedOn", "The identity check must be recent: within a month before the request");
        }
        text(errors, "identityEvidence", evidence, "Enter the proof of identity seen (for example, a passport)", 500);
    }

    /** The representative's own identity check: the same rules, under the representative's field names. */
    private static void representativeIdentity(Map<String, String> errors, LocalDate on, String evidence,
            LocalDate received, LocalDate today) {
        Map<String, String> own = new LinkedHashMap<>();
        identity(own, on, evidence, received, today);
        own.forEach((field, message) -> errors.put(field.equals("identityCheckedOn") ? "representativeCheckedOn"
                : "representativeEvidence", message.replace("proof of identity", "representative's proof of identity")
                .replace("identity check", "representative's identity check")));
    }

    private static void text(Map<String, String> errors, String field, String value, String missing, int max) {
        if (blank(value) == null) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
    }
}
