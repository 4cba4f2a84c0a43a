package org.hearth.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.casework.PartnerNotice;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeStatus;
import org.hearth.people.PersonId;
import org.hearth.platform.DateRules;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;

/**
 * The rules of perpetrator programmes, with no database: what a programme, a referral, an assessment, a start, a
 * session and an end must say, in which status each step may be taken, whom a referral may name as the partner, and
 * the words of the partner's worker's notices. {@link JdbcProgrammes} applies them; unit-tested by
 * {@code ProgrammeRulesTest}.
 */
final class ProgrammeRules {

    static final int MAX_TEXT = 5000;
    static final int MAX_NAME = 200;
    static final int MAX_PLACES = 1000;

    private ProgrammeRules() {
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** A new programme: its provider agency, a name not yet used ({@code nameTaken}), and 1 to 1000 places. */
    static Map<String, String> programmeErrors(boolean providerKnown, String name, boolean nameTaken, Integer places) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!providerKnown) {
            errors.put("agency", "Choose the agency that runs the programme");
        }
        if (name.isEmpty()) {
            errors.put("name", "Enter the name of the programme");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "The name must be " + MAX_NAME + " characters or fewer");
        } else if (nameTaken) {
            errors.put("name", "There is already a programme called " + name);
        }
        if (places == null || places < 1 || places > MAX_PLACES) {
            errors.put("places", "Enter the number of places as a whole number from 1 to " + MAX_PLACES);
        }
        return errors;
    }

    /**
     * A referral to a programme: one that exists ({@code programme}) with no open referral of his ({@code open}); the
     * partner, if named, someone else on whose record the referrer's agency holds a ground ({@code partnerGrounded});
     * and the reason.
     */
    static Map<String, String> referralErrors(Optional<Programme> programme, boolean open, PersonId perpetrator,
            PersonId partner, boolean partnerGrounded, String why) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (programme.isEmpty()) {
            errors.put("programme", "Choose the programme to refer to");
        } else if (open) {
            errors.put("programme", "This person already has an open referral to " + programme.get().name());
        }
        if (partner != null && (partner.equals(perpetrator) || !partnerGrounded)) {
            errors.put("partner", "Choose the partner from the people on this person's record");
        }
        if (why.isEmpty()) {
            errors.put("reason", "Say why you are referring: the abuse and what the programme should address");
        } else if (why.length() > MAX_TEXT) {
            errors.put("reason", "The reason must be " + MAX_TEXT + " characters or fewer");
        }
        return errors;
    }

    /** A step's date: given, not in the future, not before {@code since}. */
    static void day(LocalDate on, LocalDate since, Map<String, String> errors, LocalDate today) {
        if (DateRules.past(errors, "on", on, today, "Enter the date", "The date must be today or in the past")
                && since != null && on.isBefore(since)) {
            errors.put("on", "The date must be on or after " + Dates.DAY.format(since));
        }
    }

    /** The step is taken only in one of these statuses. */
    static void status(ProgrammeReferral r, ProgrammeStatus... allowed) {
        for (ProgrammeStatus s : allowed) {
            if (r.status() == s) {
                return;
            }
        }
        throw InvalidInputException.of("status", r.reference() + " is " + r.status().label().toLowerCase(Locale.UK));
    }

    static Map<String, String> assessErrors(ProgrammeReferral r, Boolean suitable, LocalDate on, LocalDate today) {
        status(r, ProgrammeStatus.REFERRED);
        Map<String, String> errors = new LinkedHashMap<>();
        if (suitable == null) {
            errors.put("suitable", "Say whether he is suitable for the programme");
        }
        day(on, r.referredOn(), errors, today);
        return errors;
    }

    static Map<String, String> startErrors(ProgrammeReferral r, Programme p, LocalDate on, LocalDate today) {
        status(r, ProgrammeStatus.WAITING);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.assessedOn(), errors, today);
        if (p.freePlaces() == 0) {
            errors.put("on", p.name() + " has no free place: all " + p.places() + " are taken");
        }
        return errors;
    }

    static Map<String, String> sessionErrors(ProgrammeReferral r, LocalDate on, ProgrammeAttendance attendance,
            String text, LocalDate today) {
        status(r, ProgrammeStatus.STARTED);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.startedOn(), errors, today);
        if (on != null && r.sessions().stream().anyMatch(s -> s.on().equals(on))) {
            errors.put("on", "A session on " + Dates.DAY.format(on) + " is already recorded");
        }
        if (attendance == null) {
            errors.put("attendance", "Choose whether he attended");
        }
        if (text.length() > MAX_TEXT) {
            errors.put("note", "The note must be " + MAX_TEXT + " characters or fewer");
        }
        return errors;
    }

    static Map<String, String> endErrors(ProgrammeReferral r, LocalDate on, ProgrammeEndReason reason,
            LocalDate today) {
        status(r, ProgrammeStatus.REFERRED, ProgrammeStatus.WAITING, ProgrammeStatus.STARTED);
        Map<String, String> errors = new LinkedHashMap<>();
        day(on, r.startedOn() != null ? r.startedOn() : r.referredOn(), errors, today);
        if (reason == null) {
            errors.put("reason", "Choose whether he completed the programme or why it stopped");
        } else if (reason == ProgrammeEndReason.COMPLETED && r.status() != ProgrammeStatus.STARTED) {
            errors.put("reason", "Only someone on the programme can complete it: choose why it stopped");
        }
        return errors;
    }

    /** What the partner's worker is told of the risk: some text, within its length, and a worker linked to tell. */
    static void checkRiskNotice(ProgrammeReferral r, String text) {
        if (text.isEmpty()) {
            throw InvalidInputException.of("risk", "Enter what the partner's worker needs to know of the risk");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("risk", "The risk must be " + MAX_TEXT + " characters or fewer");
        }
        if (!r.partnerLinked()) {
            throw InvalidInputException.of("risk", "The partner has no support worker linked: tell the partnership's "
                    + "IDVA service or the police by the usual route");
        }
    }

    /** The words of a notice to the partner's worker. */
    static String words(PartnerNotice.Kind kind, String endReason, String risk) {
        return switch (kind) {
            case STARTED -> "He started the programme";
            case MISSED -> "He did not attend a session";
            case COMPLETED -> "He completed the programme";
            case ENDED -> "He left the programme: " + (endReason == null ? "stopped"
                    : ProgrammeEndReason.valueOf(endReason).label().replace("Stopped: ", ""));
            case RISK -> "Risk from the programme: " + risk;
        };
    }
}
