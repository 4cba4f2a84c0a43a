package org.hearth.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.HandoverId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.platform.InvalidInputException;

/**
 * A handover's rules, pure: to whom a case may be handed (a colleague in the service, or another service of the same
 * kind, another agency's or the agency's own in another area, {@link CaseService#takesOverFrom}, the only services the
 * case page offers; never both, never the case's own worker, never while another handover waits), with a note; how
 * long the receiving agency may read the case while it decides; and which grants end when it is accepted.
 */
final class HandoverRules {

    /** Days the receiving agency of a handover may read the case while deciding whether to accept it. */
    static final int READ_DAYS = 14;

    /** The receiving service, and the note as stored. */
    record Target(CaseService to, String note) {
    }

    private HandoverRules() {
    }

    /**
     * The service receiving the case: {@code from} itself for a colleague who works in it, else the chosen
     * {@code toService} when it takes over from {@code from} ({@link CaseService#takesOverFrom}, the only services the
     * case page offers); {@code toAgency}, the field of the form before it named services, for the agency's one
     * service that takes over. Refused (every field's message at once) otherwise.
     */
    static Target target(Case c, CaseService from, StaffUserId toWorker, CaseServiceId toService, AgencyId toAgency,
            List<CaseService> all, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseService to = null;
        if ((toWorker == null) == (toService == null && toAgency == null)) {
            errors.put("toWorker", "Choose a colleague, or a service to hand the case over to (not both)");
        } else if (toWorker != null) {
            if (!from.hasWorker(toWorker)) {
                errors.put("toWorker", "That member of staff is not a worker of " + from.name()
                        + ": choose a colleague in the service, or hand over to another service");
            } else if (toWorker.equals(c.worker())) {
                errors.put("toWorker", "The case is already theirs: choose another colleague");
            } else {
                to = from;
            }
        } else if (toService != null) {
            to = chosen(c, from, toService, all, errors);
        } else {
            to = agencysOnly(c, from, toAgency, all, errors);
        }
        String text = CaseInputRules.strip(note);
        if (text.isEmpty()) {
            errors.put("note", "Write a handover note: the risk, the plan and what the new worker must do first");
        } else if (text.length() > CaseInputRules.MAX_TEXT) {
            errors.put("note", "The note must be " + CaseInputRules.MAX_TEXT + " characters or fewer");
        }
        if (c.pendingHandover() != null) {
            errors.put("toWorker", "A handover of this case is already waiting to be accepted");
        }
        InvalidInputException.refuseIfAny(errors);
        return new Target(to, text);
    }

    /** When the receiving agency's read of a case handed over at {@code now} ends (never a lasting ground). */
    static Instant readEnds(Instant now) {
        return now.plus(Duration.ofDays(READ_DAYS));
    }

    /**
     * Whether accepting the handover ends the grant: the handover's own read always; the case's grants of the
     * handing-over worker, and of the handing-over agency when the case leaves it. Grants on other bases (another
     * case, a referral, MARAC) and the new holders' grants stay.
     */
    static boolean endsOnAcceptance(AccessGrant g, CaseId caseId, HandoverId handover, UUID fromWorker,
            AgencyId fromAgency, boolean agencyChanges) {
        if (g.basis() == null) {
            return false;
        }
        boolean caseGrant = g.basis().kind().equals(JdbcCasework.CASE_BASIS)
                && g.basis().id().equals(caseId.toString());
        boolean handoverGrant = g.basis().kind().equals(JdbcCasework.HANDOVER_BASIS)
                && g.basis().id().equals(handover.toString());
        boolean oldWorker = fromWorker != null && g.holder().user() != null
                && g.holder().user().value().equals(fromWorker);
        boolean oldAgency = agencyChanges && g.holder().agency() != null && g.holder().agency().equals(fromAgency);
        return handoverGrant || caseGrant && (oldWorker || oldAgency);
    }

    /** The chosen service, when it takes the case over from {@code from}; else null and the field's message. */
    private static CaseService chosen(Case c, CaseService from, CaseServiceId toService, List<CaseService> all,
            Map<String, String> errors) {
        CaseService s = all.stream().filter(x -> x.id().equals(toService)).findFirst().orElse(null);
        if (s == null) {
            errors.put("toService", "Choose one of the services");
        } else if (s.id().equals(from.id())) {
            errors.put("toService", "The case is already with " + from.name()
                    + ": choose a colleague in the service, or another service");
        } else if (s.kind() != c.kind() || !s.takesOverFrom(from)) {
            errors.put("toService", s.agencyName() + ": " + s.name() + " is not a " + like(c)
                    + ": choose one of the services that take the case");
        } else {
            return s;
        }
        return null;
    }

    /**
     * The older form's agency ({@code toAgency}): its one service that takes the case over from {@code from}; else
     * null and the field's message (none, or several to choose between).
     */
    private static CaseService agencysOnly(Case c, CaseService from, AgencyId toAgency, List<CaseService> all,
            Map<String, String> errors) {
        List<CaseService> candidates = all.stream()
                .filter(s -> s.agency().equals(toAgency) && s.kind() == c.kind() && s.takesOverFrom(from))
                .toList();
        String agency = all.stream().filter(s -> s.agency().equals(toAgency)).map(CaseService::agencyName)
                .findFirst().orElse(null);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            errors.put("toService", agency + " runs " + candidates.size() + " services like this one ("
                    + c.kind().label() + "): choose the service to hand the case over to");
        } else if (toAgency.equals(from.agency())) {
            errors.put("toService", "The case is already with " + from.agencyName() + ", which runs no other "
                    + like(c) + ": choose a colleague in the service, or another service");
        } else if (agency == null) {
            errors.put("toService", "Choose one of the services");
        } else {
            errors.put("toService", agency + " runs no " + like(c) + " to take the case: choose a service that takes it");
        }
        return null;
    }

    /** The kind of service a case needs, in a sentence ("service like this one (IDVA service)"). */
    private static String like(Case c) {
        return "service like this one (" + c.kind().label() + ")";
    }
}
