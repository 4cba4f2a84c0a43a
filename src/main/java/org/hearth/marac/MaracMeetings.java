package org.hearth.marac;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.partnership.AgencyId;
import org.hearth.people.SafeContact;

/**
 * Running a MARAC meeting from its published agenda: the chair (the MARAC's chair, or a hub/MARAC coordinator) takes
 * the cases one at a time, records attendance by agency, minutes per case, actions agreed on the spot, closes or
 * adjourns each case and marks the meeting held; then issues the minutes, a PDF per member agency marked
 * OFFICIAL-SENSITIVE. Research is internal: never in the minutes. Every read is audited with the people shown.
 */
public interface MaracMeetings {

    /** An agency's attendance at a meeting. */
    enum Attendance {
        PRESENT("Present"), DEPUTY("Deputy attended"), APOLOGIES("Apologies"), ABSENT("Absent");

        private final String label;

        Attendance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a case stands at the meeting. */
    enum Outcome {
        WAITING("Not yet discussed"), CLOSED("Discussed and closed"), ADJOURNED("Adjourned to the next meeting");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The meeting as the chair runs it: the cases in agenda order, attendance by member agency. */
    record Run(Meeting meeting, Marac marac, List<CaseLine> cases, Map<AgencyId, Attendance> attendance,
            Instant heldAt, Instant minutesIssuedAt) {

        public boolean held() {
            return heldAt != null;
        }
    }

    /** A case on the meeting's agenda (references only). */
    record CaseLine(MaracReferralId referral, String reference, boolean repeat, Integer riskScore, Outcome outcome,
            int actions) {
    }

    /** A risk assessment in the case's history. */
    record RiskLine(java.time.LocalDate assessedOn, int score, String grade, String questionnaire) {
    }

    /**
     * One case as the chair's page shows it: safe-contact rules first (never the safe phone or address), the risk
     * summary and history, research returned by agency, previous MARAC actions and their state, this meeting's
     * actions and notes. {@code address} is the victim's current address only when it is not confidential;
     * {@code confidentialAddress} says one is held (never shown unless the chair shares it).
     */
    record CaseFile(Meeting meeting, Marac marac, MaracReferral referral, String victimName,
            List<String> perpetratorNames, SafeContact safeContact, List<RiskLine> risk, List<ResearchTask> research,
            List<MaracAction> previousActions, List<MaracAction> actions, String minutes, String idvaUpdate,
            String sharedAddress, Outcome outcome, String address, boolean confidentialAddress) {
    }

    /** Minutes issued to an agency the current user represents. */
    record IssuedMinutes(MaracMeetingId meeting, String maracName, java.time.LocalDate meetsOn, AgencyId agency,
            Instant issuedAt) {
    }

    /**
     * The meeting, to the MARAC's chair or a coordinator, once its agenda is published.
     *
     * @throws org.springframework.security.access.AccessDeniedException to anyone else
     */
    Optional<Run> run(MaracMeetingId meeting);

    /** One case of the meeting (the chair or a coordinator); audited with the victim and perpetrators. */
    Optional<CaseFile> caseFile(MaracMeetingId meeting, MaracReferralId referral);

    /**
     * Records attendance of member agencies (the chair or a coordinator).
     *
     * @throws org.hearth.platform.InvalidInputException for an agency that is not a member of the MARAC
     */
    void recordAttendance(MaracMeetingId meeting, Map<AgencyId, Attendance> attendance);

    /**
     * Records the minutes of a case, the IDVA's update, and whether to share the victim's current address with the
     * agencies in the minutes; {@code close}: the case is discussed and closes at the meeting.
     *
     * @throws org.hearth.platform.InvalidInputException for text too long, a case already adjourned, closing
     *     without minutes, a meeting already held
     */
    void recordCase(MaracMeetingId meeting, MaracReferralId referral, String minutes, String idvaUpdate,
            boolean shareAddress, boolean close);

    /**
     * Agrees an action on a case: grants the owner agency's named representative and deputy {@code MARAC_ACTION}
     * (scope record) on the victim (for the victim or the children) or the perpetrators (for the perpetrator) until
     * the action closes.
     *
     * @throws org.hearth.platform.InvalidInputException for a missing field, an owner that is not a member agency, a
     *     due date before the meeting, a meeting already held
     */
    MaracAction addAction(MaracMeetingId meeting, MaracReferralId referral, NewMaracAction action);

    /**
     * Adjourns a case to the MARAC's next meeting (the next unpublished one after this, else awaiting listing).
     *
     * @throws org.hearth.platform.InvalidInputException for a case already closed or a meeting already held
     */
    void adjourn(MaracMeetingId meeting, MaracReferralId referral);

    /**
     * Marks the meeting held (on or after its date): cases neither closed nor adjourned are adjourned. Research grants
     * end as before, 28 days after the meeting.
     */
    void markHeld(MaracMeetingId meeting);

    /** Issues the minutes of a held meeting to its member agencies (the chair or a coordinator). */
    void issueMinutes(MaracMeetingId meeting);

    /**
     * The minutes for one member agency as a PDF: every page marked OFFICIAL-SENSITIVE and stamped with the agency;
     * addresses only where the chair shared them; no research. To the chair or a coordinator (any member agency),
     * or to the agency's named representative or deputy once issued. Audited with every person in them.
     *
     * @throws org.springframework.security.access.AccessDeniedException to anyone else
     */
    byte[] minutesPdf(MaracMeetingId meeting, AgencyId agency);

    /** Issued minutes for the agencies the current user represents, newest first. */
    List<IssuedMinutes> minutesForMe();
}
