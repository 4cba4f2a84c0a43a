package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Decision;
import org.hearth.people.Named;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.RiskLevel;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.platform.DateRules;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who works the disclosure scheme and what it accepts, as pure functions of the actor, the application, the input
 * and today (no database): a message per field (the last one found for a field).
 */
final class DisclosureRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;

    private DisclosureRules() {
    }

    // ---- who

    /** The one role check: only the disclosure team sees an application, or that one exists. */
    static Actor team(Actor me) {
        if (me.apiClient() || !me.hasRole(Role.DISCLOSURE_TEAM)) {
            throw new AccessDeniedException("Only the disclosure team sees disclosure applications");
        }
        return me;
    }

    /** Checks asked of an agency are answered by its casework roles. */
    static Actor caseworker(Actor me) {
        if (me.apiClient() || !me.worksCases()) {
            throw new AccessDeniedException("Checks are answered by casework roles");
        }
        return me;
    }

    /** The figures are for coordinators, administrators, analysts and the disclosure team. */
    static Actor figuresReader(Actor me) {
        if (me.apiClient() || !(me.hasRole(Role.DISCLOSURE_TEAM) || me.hasRole(Role.PARTNERSHIP_COORDINATOR)
                || me.hasRole(Role.SYSTEM_ADMIN) || me.hasRole(Role.ANALYST))) {
            throw new AccessDeniedException("Figures are for coordinators, analysts and the disclosure team");
        }
        return me;
    }

    /**
     * Whether a grant on the subject says its holder's agency holds a record about them: the team's own work is not
     * a record held; a subject access request is information governance's alone; a refuge provider's grant says
     * where the subject is.
     */
    static boolean holdsARecord(AccessGrant g) {
        return !(g.ground() == AccessGround.DISCLOSURE || g.ground() == AccessGround.SUBJECT_ACCESS
                || g.basis() != null && g.basis().revealsWhereabouts());
    }

    static void requireOpen(boolean closed) {
        if (closed) {
            throw InvalidInputException.of("closed", "This application is closed: nothing more can be recorded on it");
        }
    }


    // ---- input

    /** Whether the application is made by a third party (Right to Ask, not by the person at risk). */
    static boolean thirdParty(NewApplication a) {
        return a.route() == Route.RIGHT_TO_ASK && !a.applicantIsPersonAtRisk();
    }

    static Map<String, String> application(NewApplication a, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.route() == null) {
            errors.put("route", "Choose the route: Right to Ask or Right to Know");
        }
        if (DateRules.past(errors, "receivedOn", a.receivedOn(), today, "Enter the date the application was received",
                "The date received must be today or in the past") && a.receivedOn().isBefore(today.minusYears(2))) {
            errors.put("receivedOn", "The date received must be within the last 2 years");
        }
        if (thirdParty(a)) {
            named("applicant", "the applicant", a.applicant(), today, errors);
            maxShort(errors, "applicantRelationship", a.applicantRelationship(), "The relationship");
        }
        named("personAtRisk", "the person at risk", a.personAtRisk(), today, errors);
        named("subject", "the subject (the person the application is about)", a.subject(), today, errors);
        if (a.immediateRisk() && blank(a.immediateRiskAction())) {
            errors.put("immediateRiskAction", "Say what was done about the immediate risk");
        } else if (a.immediateRiskAction() != null && a.immediateRiskAction().length() > MAX_TEXT) {
            errors.put("immediateRiskAction", "The action must be " + MAX_TEXT + " characters or fewer");
        }
        return errors;
    }

    /** A person on the application: known, or a given and family name with a real date of birth if any. */
    static void named(String field, String who, Named n, LocalDate today, Map<String, String> errors) {
        String refusal = n == null || n.blank() ? "Enter the name of " + who : n.refusal(who, today);
        if (refusal != null) {
            errors.put(field, refusal);
        }
    }

    /** A stage: a risk level with the risk assessment only, proof of identity at the face-to-face meeting. */
    static Map<String, String> stage(Stage stage, LocalDate on, String note, RiskLevel riskLevel, LocalDate received,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (stage == null) {
            errors.put("stage", "Choose the stage reached");
        }
        since(errors, "reachedOn", on, received, today, "Enter the date the stage was reached",
                "The date must be today or in the past");
        if (riskLevel != null && stage != null && stage != Stage.RISK_ASSESSMENT) {
            errors.put("riskLevel", "A risk level goes with the risk assessment stage only");
        }
        if (stage == Stage.FACE_TO_FACE && blank(note)) {
            errors.put("note", "Say which proof of identity was seen at the meeting");
        }
        if (note != null && note.length() > MAX_TEXT) {
            errors.put("note", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        return errors;
    }

    static Map<String, String> answer(boolean answered, Boolean holdsInformation, String response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answered) {
            errors.put("holdsInformation", "This check has already been answered");
        } else if (holdsInformation == null) {
            errors.put("holdsInformation", "Say whether your agency holds relevant information");
        }
        if (Boolean.TRUE.equals(holdsInformation) && blank(response)) {
            errors.put("response", "Summarise the relevant information your agency holds");
        } else if (response != null && response.length() > MAX_TEXT) {
            errors.put("response", "The answer must be " + MAX_TEXT + " characters or fewer");
        }
        return errors;
    }

    /** The forum's decision: why disclosure is (or would not be) lawful, necessary and proportionate. */
    static Map<String, String> decision(Decision d, LocalDate received, LocalDate today,
            Predicate<AgencyId> agencyKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (DateRules.past(errors, "forumOn", d.forumOn(), today, "Enter the date of the decision forum",
                "The forum's date must be today or in the past") && d.forumOn().isBefore(received)) {
            errors.put("forumOn", "The forum cannot be before the application was received");
        }
        text(errors, "members", d.members(), "Name the members of the forum and their agencies");
        for (Decision.Agency agency : d.agencies()) {
            if (agency.id() == null || !agencyKnown.test(agency.id())) {
                errors.put("agencies", "Choose agencies of the partnership");
            }
        }
        if (d.disclose() == null) {
            errors.put("disclose", "Choose whether the forum decided to disclose");
        }
        String why = Boolean.FALSE.equals(d.disclose()) ? " (or why it would not be)" : "";
        text(errors, "lawful", d.lawful(), "Say why disclosure is lawful" + why);
        text(errors, "necessary", d.necessary(), "Say why disclosure is necessary" + why);
        text(errors, "proportionate", d.proportionate(), "Say why disclosure is proportionate" + why);
        return errors;
    }

    /** The closing: a disclosure (to whom, by whom, with a safety plan), or the reason there was none. */
    static Map<String, String> outcome(Application a, Outcome o, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        since(errors, "closedOn", o.on(), a.receivedOn(), today,
                "Enter the date of the disclosure, or of the decision not to disclose",
                "The date must be today or in the past");
        if (a.disclosed().orElse(false)) {
            if (o.recipient() == null) {
                errors.put("recipient", "Choose who received the disclosure");
            } else if (o.recipient() == Outcome.Recipient.APPLICANT && a.applicant() == null) {
                errors.put("recipient", "There is no applicant under the Right to Know: choose the person at risk");
            }
            text(errors, "deliveredBy", o.deliveredBy(), "Say who delivered the disclosure in person");
            maxShort(errors, "deliveredBy", o.deliveredBy(), "Who delivered it");
            text(errors, "safetyPlan", o.safetyPlan(), "Describe the safety plan given with the disclosure");
        } else {
            text(errors, "noDisclosureReason", o.noDisclosureReason(),
                    a.decision() == null ? "Give the reason the application ends without a disclosure"
                            : "Give the reason for no disclosure");
        }
        return errors;
    }

    /** Who received the disclosure: the applicant when chosen, else the person at risk. */
    static Application.Party recipient(Application a, Outcome o) {
        return o.recipient() == Outcome.Recipient.APPLICANT ? a.applicant() : a.personAtRisk();
    }

    // ---- text and dates

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A date given, not in the future, not before the application was received. */
    private static void since(Map<String, String> errors, String field, LocalDate on, LocalDate received,
            LocalDate today, String missing, String future) {
        if (DateRules.past(errors, field, on, today, missing, future) && on.isBefore(received)) {
            errors.put(field, "The date cannot be before the application was received");
        }
    }

    private static void maxShort(Map<String, String> errors, String field, String value, String what) {
        if (value != null && value.strip().length() > MAX_SHORT) {
            errors.put(field, what + " must be " + MAX_SHORT + " characters or fewer");
        }
    }

    private static void text(Map<String, String> errors, String field, String value, String missing) {
        if (blank(value)) {
            errors.put(field, missing);
        } else if (value.length() > MAX_TEXT) {
            errors.put(field, "This must be " + MAX_TEXT + " characters or fewer");
        }
    }
}
