package org.hearth.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One merge, as recorded: who survived, who was merged away, who decided and why, and what moved (rows per
 * table). {@code unmergedAt} is set once it was undone.
 */
public record PersonMerge(MergeId id, PersonId survivor, String survivorName, PersonId merged, String mergedName,
        String reason, boolean forced, String forceReason, List<String> conflicts, String mergedBy, Instant mergedAt,
        String unmergedBy, Instant unmergedAt, String unmergeReason, Map<String, Integer> rowsByTable) {

    public boolean undone() {
        return unmergedAt != null;
    }

    /** What moved, in words a person reads ("2 addresses", "1 referral as the victim"), never table names. */
    public List<String> whatMoved() {
        return rowsByTable.entrySet().stream().map(e -> e.getValue() + " " + words(e.getKey(), e.getValue())).toList();
    }

    /** Singular and plural words for what the rows of each table are; a table not listed is named in words too. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("person_address", new String[] {"address", "addresses"}),
            Map.entry("person_alias", new String[] {"other name", "other names"}),
            Map.entry("person_relationship", new String[] {"relationship", "relationships"}),
            Map.entry("person_access_grant", new String[] {"agency's access to the record", "agencies' access to the record"}),
            Map.entry("safe_contact", new String[] {"set of safe-contact rules", "sets of safe-contact rules"}),
            Map.entry("allocation_request", new String[] {"allocation request", "allocation requests"}),
            Map.entry("break_glass", new String[] {"break-the-glass opening", "break-the-glass openings"}),
            Map.entry("referral", new String[] {"referral as the victim", "referrals as the victim"}),
            Map.entry("referral_perpetrator", new String[] {"referral as the person causing harm",
                    "referrals as the person causing harm"}),
            Map.entry("referral_child", new String[] {"referral as a child", "referrals as a child"}),
            Map.entry("referral_link_check", new String[] {"link waiting for the hub to confirm",
                    "links waiting for the hub to confirm"}),
            Map.entry("referral_possible_match", new String[] {"possible match left by a referral",
                    "possible matches left by referrals"}),
            Map.entry("risk_assessment", new String[] {"risk assessment", "risk assessments"}));

    static String words(String table, int count) {
        String[] known = WORDS.get(table);
        if (known != null) {
            return known[count == 1 ? 0 : 1];
        }
        return table.replace('_', ' ') + (count == 1 ? " record" : " records");
    }
}
