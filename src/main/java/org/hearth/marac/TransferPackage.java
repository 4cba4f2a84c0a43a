package org.hearth.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a transfer file holds (the signed payload, JSON, format {@link #FORMAT}) and the PDF pack shows: the case
 * as the sending MARAC knew it, enough for a receiving MARAC with no Hearth. Never addresses, safe contact details or
 * research (internal to each meeting): the receiving MARAC gets those from the IDVA, who hands over early.
 */
public record TransferPackage(String format, UUID transferId, String fromPartnership, String fromMarac,
        String fromCoordinator, String toMarac, LocalDate sentOn, String reason, Case caseSummary, Person victim,
        List<Person> perpetrators, List<Assessment> riskHistory, List<PastReferral> referrals,
        List<CaseMinutes> minutes, List<ActionPlan> actions) {

    public static final String FORMAT = "hearth.marac-transfer.v1";

    public TransferPackage {
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        riskHistory = riskHistory == null ? List.of() : List.copyOf(riskHistory);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }


    /** The referral being transferred, as the sending MARAC recorded it. */
    public record Case(String reference, LocalDate referredOn, List<String> criteria, String evidence,
            String judgementReason, Integer riskScore, boolean repeat, String repeatOf, String consent,
            String lawfulBasis, String consentReason) {

        public Case {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    /** Who a person is (for matching on receipt): never an address. */
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge,
            String sex, String ethnicity, String disability, String genderIdentity, String sexualOrientation,
            String firstLanguage, boolean interpreterNeeded) {

        public String name() {
            return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        }
    }

    /** A risk assessment: the date, score and grade. */
    public record Assessment(LocalDate assessedOn, int score, String grade, String questionnaire) {
    }

    /** A referral to MARAC of the victim, earlier or this one, with the meeting that heard it, if any. */
    public record PastReferral(String reference, LocalDate referredOn, String marac, LocalDate meetingOn,
            List<String> criteria, boolean repeat, String source) {

        public PastReferral {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    /**
     * The minutes of one of the victim's cases at a held meeting, as the member agencies received them: the outcome,
     * the IDVA's update and the minutes. Never research, and never an address (even one the chair shared with that
     * meeting's agencies: the receiving MARAC gets addresses from the IDVA).
     */
    public record CaseMinutes(String reference, String marac, LocalDate meetingOn, String outcome, String idvaUpdate,
            String minutes) {
    }

    /**
     * An action agreed for one of the victim's cases: whom it is for, what, the risk it addresses, the owner agency,
     * the due date and its state on the day the package was made ({@code OPEN}, {@code OVERDUE} or {@code DONE},
     * with the day it was done).
     */
    public record ActionPlan(String reference, LocalDate meetingOn, String subject, String description, String risk,
            String ownerAgency, LocalDate dueOn, String state, LocalDate doneOn) {
    }
}
