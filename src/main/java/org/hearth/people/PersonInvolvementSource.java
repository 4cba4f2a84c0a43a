package org.hearth.people;

import java.util.List;

/**
 * Contributes a person's involvements with another module's work (a casework case, a referral to MARAC) to the
 * "Involvements" part of their page, without people depending on that module. Asked only when the viewer sees the
 * full record; each source returns only what the viewer may read by its own module's rules (the case's, the
 * referral's: a ground on the person is not enough), and audits what it shows as its module's other reads are.
 */
public interface PersonInvolvementSource {

    List<Involvement> involvementsFor(PersonId person);

    /**
     * One involvement: what it is ("IDVA service case"), its reference, where it stands ("Open", "Closed 3 March
     * 2026"), who or what holds it (the service and worker, the MARAC and meeting), and its page, or null when the
     * viewer may read it but has no page to open (the reference is then shown as plain text).
     */
    record Involvement(String kind, String reference, String status, String detail, String href) {
    }
}
