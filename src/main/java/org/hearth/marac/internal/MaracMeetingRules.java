package org.hearth.marac.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.Outcome;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.NewMaracAction;
import org.hearth.partnership.AgencyId;
import org.hearth.people.Address;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.platform.InvalidInputException;

/**
 * The rules of running a MARAC meeting, with no database: when a meeting may change, what attendance, a case's minutes
 * and an action must say, what of the victim's record the chair's case page and the minutes may show, and the ids an
 * audit entry names. {@link JdbcMaracMeetings} applies them; unit-tested by {@code MaracMeetingRulesTest}.
 */
final class MaracMeetingRules {

    static final int MAX_MINUTES = 8000;
    static final int MAX_IDVA = 4000;
    static final int MAX_ACTION = 2000;
    static final int MAX_RISK = 1000;

    private MaracMeetingRules() {
    }

    /** A meeting changes once its agenda is published and until it is marked held. */
    static void checkRunning(MaracMeetingStore.MeetingRow row) {
        checkPublished(row);
        if (row.heldAt() != null) {
            throw InvalidInputException.of("meeting", "The meeting has been marked held: it can no longer change");
        }
    }

    static void checkPublished(MaracMeetingStore.MeetingRow row) {
        if (!row.meeting().published()) {
            throw InvalidInputException.of("meeting", "Publish the agenda before running the meeting");
        }
    }

    static void checkHeldOn(LocalDate meetsOn, LocalDate today) {
        if (meetsOn.isAfter(today)) {
            throw InvalidInputException.of("meeting", "A meeting can be marked held on or after its date");
        }
    }

    /** Attendance is recorded for the MARAC's member agencies only. */
    static void checkAttendance(Marac marac, Map<AgencyId, Attendance> attendance) {
        for (AgencyId agency : attendance.keySet()) {
            if (agency == null || marac.member(agency).isEmpty()) {
                throw InvalidInputException.of("attendance", "Record attendance for the MARAC's member agencies only");
            }
        }
    }

    /**
     * A case's minutes: not for a case adjourned; required to close it; the IDVA's update within its length;
     * {@code shared} the address to share when asked to, null when none the chair can see is held.
     */
    static Map<String, String> caseErrors(Outcome before, String minutes, String idva, boolean close,
            boolean shareAddress, String shared) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (before == Outcome.ADJOURNED) {
            errors.put("minutes", "The case was adjourned to the next meeting");
        }
        if (minutes != null && minutes.length() > MAX_MINUTES) {
            errors.put("minutes", "The minutes must be " + MAX_MINUTES + " characters or fewer");
        } else if (close && minutes == null) {
            errors.putIfAbsent("minutes", "Enter the minutes before closing the case");
        }
        if (idva != null && idva.length() > MAX_IDVA) {
            errors.put("idvaUpdate", "The IDVA's update must be " + MAX_IDVA + " characters or fewer");
        }
        if (shareAddress && shared == null) {
            errors.put("shareAddress", "No current address you can see is held for the victim: there is nothing to"
                    + " share");
        }
        return errors;
    }

    /**
     * An action agreed at the meeting ({@code description} and {@code risk} already trimmed to null): for a case not
     * adjourned, with its subject, owned by a member agency, due between the meeting and a year after it.
     */
    static Map<String, String> actionErrors(Outcome before, NewMaracAction a, String description, String risk,
            Marac marac, LocalDate meetsOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (before == Outcome.ADJOURNED) {
            errors.put("description", "The case was adjourned to the next meeting: agree its actions there");
        }
        if (a.subject() == null) {
            errors.put("subject", "Say whom the action is for: the victim, the children or the perpetrator");
        }
        if (description == null) {
            errors.putIfAbsent("description", "Describe the action");
        } else if (description.length() > MAX_ACTION) {
            errors.put("description", "The action must be " + MAX_ACTION + " characters or fewer");
        }
        if (risk == null) {
            errors.put("risk", "Say which risk the action addresses");
        } else if (risk.length() > MAX_RISK) {
            errors.put("risk", "The risk must be " + MAX_RISK + " characters or fewer");
        }
        if (a.owner() == null) {
            errors.put("owner", "Choose the agency that owns the action");
        } else if (marac.member(a.owner()).isEmpty()) {
            errors.put("owner", "The owner must be a member agency of this MARAC");
        }
        if (a.dueOn() == null) {
            errors.put("dueOn", "Enter the date the action is due");
        } else if (a.dueOn().isBefore(meetsOn)) {
            errors.put("dueOn", "The due date must be on or after the meeting");
        } else if (a.dueOn().isAfter(meetsOn.plusYears(1))) {
            errors.put("dueOn", "The due date must be within a year of the meeting");
        }
        return errors;
    }

    /** The victim's current address the chair may share in the minutes: one she can see in full, else none. */
    static String shareableAddress(Optional<PersonRecord> record) {
        return record.filter(PersonRecord::full).flatMap(x -> x.addresses().stream().filter(Address::current)
                .findFirst()).map(Address::oneLine).orElse(null);
    }

    /** What the chair's case page shows of the victim's safe contact and address. */
    record Contact(SafeContact safe, String address, boolean confidential) {
    }

    /**
     * Safe contact first, and never the safe phone or address; no confidential or refuge address on the page, only
     * that there is one.
     */
    static Contact contact(Optional<PersonRecord> record) {
        if (record.isEmpty() || !record.get().full()) {
            return new Contact(SafeContact.notYetAsked(), null, false);
        }
        PersonRecord p = record.get();
        SafeContact safe = p.safeContact() == null ? SafeContact.notYetAsked() : p.safeContact().withoutContactDetails();
        boolean confidential = p.hiddenConfidentialAddresses() > 0
                || p.addresses().stream().anyMatch(a -> a.current() && (a.confidential() || a.inRefuge()));
        String address = p.addresses().stream().filter(a -> a.current() && !a.confidential() && !a.inRefuge())
                .findFirst().map(Address::oneLine).orElse(null);
        return new Contact(safe, address, confidential);
    }

    /** The ids an audit entry of the meeting names: the meeting, then each case's victim and perpetrators. */
    static List<String> ids(MaracMeetingId meeting, List<MaracReferral> cases) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(meeting.toString());
        for (MaracReferral r : cases) {
            ids.add(r.victim().toString());
            r.perpetrators().forEach(p -> ids.add(p.toString()));
        }
        return List.copyOf(ids);
    }
}
