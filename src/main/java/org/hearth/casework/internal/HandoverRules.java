package org.hearth.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.HandoverId;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.platform.InvalidInputException;

/**
 * A handover's rules, pure: to whom a case may be handed (a colleague in the service, or another agency's service
 * of the same kind, {@link CaseService#takesOverFrom}, the only agencies the case page offers; never both, never
 * the case's own worker, never while another handover waits), with a note; how
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
     * The service receiving the case: {@code from} itself for a colleague who works in it, else the first other
     * service of the case's kind run by {@code toAgency}; refused (every field's message at once) otherwise.
     */
    static Target target(Case c, CaseService from, StaffUserId toWorker, AgencyId toAgency, Optional<Agency> agency,
            List<CaseService> all, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseService to = null;
        if ((toWorker == null) == (toAgency == null)) {
            errors.put("toWorker", "Choose a colleague, or an agency to hand the case over to (not both)");
        } else if (toWorker != null) {
            if (!from.hasWorker(toWorker)) {
                errors.put("toWorker", "That member of staff is not a worker of " + from.name()
                        + ": choose a colleague in the service, or hand over to another agency's service");
            } else if (toWorker.equals(c.worker())) {
                errors.put("toWorker", "The case is already theirs: choose another colleague");
            } else {
                to = from;
            }
        } else {
            List<CaseService> candidates = all.stream()
                    .filter(s -> s.agency().equals(toAgency) && s.kind() == c.kind() && s.takesOverFrom(from))
                    .toList();
            if (agency.isEmpty()) {
                errors.put("toAgency", "Choose one of the agencies");
            } else if (candidates.isEmpty() && toAgency.equals(from.agency())) {
                errors.put("toAgency", "The case is already with " + agency.get().name() + ", which runs no other "
                        + like(c) + ": choose a colleague in the service, or another agency");
            } else if (candidates.isEmpty()) {
                errors.put("toAgency", agency.get().name() + " runs no " + like(c)
                        + " to take the case: choose an agency that runs one");
            } else {
                to = candidates.get(0);
            }
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

    /** The kind of service a case needs, in a sentence ("service like this one (IDVA service)"). */
    private static String like(Case c) {
        return "service like this one (" + c.kind().label() + ")";
    }
}
