package org.hearth.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.RiskGrade;

/**
 * The hub module's API: daily meetings, their agendas, attendance, information, decisions and actions. Acts as the
 * signed-in user. Hub coordinators run meetings; the named representative of an attending agency reads the
 * meeting and the cases it holds a grant for, and adds its agency's information. Reads of cases are audited with
 * the ids of the people shown.
 */
public interface HubMeetings {

    /** A meeting of an area's hub on a working day. */
    record Meeting(HubMeetingId id, AreaId area, String areaName, LocalDate meetsOn, LocalDate windowFrom,
            Instant startedAt, Instant endedAt) {

        public boolean started() {
            return startedAt != null;
        }

        public boolean ended() {
            return endedAt != null;
        }
    }

    /** Where a case stands at its meeting. */
    enum CaseStatus {
        WAITING("Waiting"), DECIDED("Decided"), DECIDED_OUTSIDE("Decided outside the meeting"),
        NOT_REACHED("Not reached: rolled to the next meeting");

        private final String label;

        CaseStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A case on the agenda, in order ({@code position} from 1). Ids only: names are read through People.
     * {@code areaKnown} is false when nobody knew the case's area and a hub coordinator chose it.
     */
    record AgendaCase(HubCaseId id, HubMeetingId meeting, int position, ReferralId referral, String reference,
            ReferralSource source, LocalDate receivedOn, PersonId victim, List<PersonId> perpetrators,
            List<PersonId> children, int childrenPresent, RiskGrade grade, Integer score, boolean repeatVictim,
            boolean serialPerpetrator, boolean areaKnown, boolean carriedOver, CaseStatus status) {
    }

    /** A case whose area nobody knows: on no area's agenda until a hub coordinator places it. Ids only. */
    record Unplaced(ReferralId referral, String reference, ReferralSource source, LocalDate receivedOn,
            PersonId victim, RiskGrade grade, Integer score, int children) {
    }

    /** An agency attending, with its named representative. */
    record Attendance(AgencyId agency, String agencyName, StaffUserId representative, String representativeName) {
    }

    /** What an agency brought to a case. */
    record Information(AgencyId agency, String agencyName, String text, boolean prepared, String recordedBy,
            Instant recordedAt) {
    }

    /** An action agreed for a case. */
    record Action(HubActionId id, HubCaseId hubCase, String reference, ActionSubject subject, String description,
            AgencyId owner, String ownerName, Instant dueAt, Instant doneAt) {

        public boolean overdue(Instant now) {
            return doneAt == null && dueAt.isBefore(now);
        }
    }

    /** A new action: all required; the due time is in the future. */
    record NewAction(ActionSubject subject, String description, AgencyId owner, Instant dueAt) {
    }

    /** One meeting's volume and capacity. */
    record Volume(HubMeetingId meeting, LocalDate meetsOn, String areaName, int cases, int decided,
            int decidedOutside, int carriedOver, int notReached, int actions, Double minutesPerCase) {
    }

    /** The first day of the window of a meeting on {@code day}: the working day before it (Monday: Friday). */
    LocalDate windowFrom(LocalDate day);

    /** The area's meeting on that day, if opened (coordinators, and the representatives attending). */
    Optional<Meeting> meetingOn(AreaId area, LocalDate day);

    /**
     * Opens the area's meeting on a working day (hub coordinators) and builds its agenda; the meeting already
     * opened is returned as it is.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code day}) on a weekend or bank holiday
     */
    Meeting open(AreaId area, LocalDate day);

    /**
     * The meeting, to a hub coordinator or the named representative of an agency recorded as attending it.
     *
     * @throws org.springframework.security.access.AccessDeniedException to anyone else
     */
    Optional<Meeting> meeting(HubMeetingId id);

    /**
     * The agenda in order. A coordinator sees every case; a representative only the cases whose victim they may
     * read (their grant). Audited with the victims' ids.
     */
    List<AgendaCase> agenda(HubMeetingId id);

    /**
     * The cases waiting whose area nobody knows (neither the referral nor its referring agency names one), oldest
     * first: hub coordinators only (a representative of any area never sees them), audited with the victims' ids.
     */
    List<Unplaced> withoutArea();

    /** How many cases wait with no area (hub coordinators; a count, not audited). */
    int withoutAreaCount();

    /**
     * A hub coordinator chooses the area of a case whose area nobody knew: it is recorded on the referral and the
     * case joins that area's agenda (today's meeting at once when it is open and not ended; returned), whatever the
     * day it arrived.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code area}) for an unknown area or a referral
     *     that already has one
     */
    Optional<HubMeetingId> place(ReferralId referral, AreaId area);

    /** Adds cases that arrived since the agenda was built, and orders it again (coordinators; not once ended). */
    int refreshAgenda(HubMeetingId id);

    List<Attendance> attendance(HubMeetingId id);

    /**
     * Records an agency as attending with its named representative (a member of that agency's staff), and grants the
     * representative {@code HUB_MEETING} on the victim, perpetrators and children of every case on the agenda until
     * the end of the meeting day (coordinators).
     */
    void recordAttendance(HubMeetingId id, AgencyId agency, StaffUserId representative);

    void start(HubMeetingId id);

    /** Ends the meeting: cases not decided are marked not reached and go onto the next meeting's agenda. */
    void end(HubMeetingId id);

    /**
     * One case, to a coordinator or an attending representative who may read its victim (else
     * {@code AccessDeniedException}); audited with the ids of the victim, perpetrators and children.
     */
    Optional<AgendaCase> openCase(HubMeetingId meeting, HubCaseId id);

    List<Information> information(HubCaseId id);

    /**
     * Adds what an agency brings: a representative for their own agency (before the meeting: marked prepared), a
     * coordinator for any attending agency.
     */
    void addInformation(HubCaseId id, AgencyId agency, String text);

    /** The meeting's decisions on the case (coordinators; the meeting started and not ended). */
    void decide(HubCaseId id, Set<TriageOutcome> outcomes, String reason);

    List<Action> actions(HubCaseId id);

    /** Agrees an action (coordinators). */
    HubActionId addAction(HubCaseId id, NewAction action);

    /** Marks an action done (a coordinator, or staff of the owner agency). */
    void completeAction(HubActionId id);

    /** The open actions the current user's agency owns, due first. */
    List<Action> openActionsOfMyAgency();

    /**
     * The hub's decisions in the area (null: all areas) on cases of meetings between the two days: how many cases
     * each decision was part of (a case decided several things counts under each), in {@code TriageOutcome} order.
     */
    java.util.Map<TriageOutcome, Integer> outcomes(AreaId area, LocalDate from, LocalDate to);

    /** Every meeting's volume in the area (null: all areas) between the two days, oldest first. */
    List<Volume> volumes(AreaId area, LocalDate from, LocalDate to);
}
