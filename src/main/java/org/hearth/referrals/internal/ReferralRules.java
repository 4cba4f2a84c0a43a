package org.hearth.referrals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.people.PersonId;
import org.hearth.people.RelationshipKind;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.TriageOutcome;
import org.hearth.referrals.VictimRelationship;

/** What a referral implies and what a triage decision must satisfy: pure, no database. */
final class ReferralRules {

    private ReferralRules() {
    }

    /**
     * The victim's relationships a referral records: each person causing harm as her (ex-)partner or family member
     * when the referral says so, and each child as hers.
     */
    static List<Map.Entry<PersonId, RelationshipKind>> relationships(NewReferral r) {
        List<Map.Entry<PersonId, RelationshipKind>> related = new ArrayList<>();
        for (PersonId p : r.perpetrators()) {
            if (r.relationship() == VictimRelationship.INTIMATE_PARTNER) {
                related.add(Map.entry(p, RelationshipKind.INTIMATE_PARTNER));
            } else if (r.relationship() == VictimRelationship.EX_PARTNER) {
                related.add(Map.entry(p, RelationshipKind.EX_PARTNER));
            } else if (r.relationship() == VictimRelationship.FAMILY_MEMBER) {
                related.add(Map.entry(p, RelationshipKind.FAMILY_MEMBER));
            }
        }
        for (ChildAtIncident c : r.children()) {
            related.add(Map.entry(c.child(), RelationshipKind.PARENT_OF));
        }
        return related;
    }

    /** Everyone the referral names, once each: the victim, the people causing harm, the children. */
    static Set<PersonId> named(NewReferral r) {
        Set<PersonId> named = new LinkedHashSet<>();
        named.add(r.victim());
        named.addAll(r.perpetrators());
        r.children().forEach(c -> named.add(c.child()));
        return named;
    }

    /** The people causing harm, the first of a repeated person kept (as the rows' keys keep them). */
    static List<PersonId> perpetrators(NewReferral r) {
        return List.copyOf(new LinkedHashSet<>(r.perpetrators()));
    }

    /** The children, the first of a repeated child kept (as the rows' keys keep them). */
    static List<ChildAtIncident> children(NewReferral r) {
        Map<PersonId, ChildAtIncident> first = new LinkedHashMap<>();
        r.children().forEach(c -> first.putIfAbsent(c.child(), c));
        return List.copyOf(first.values());
    }

    /** A triage decision: a valid set of outcomes and a reason of at most 2,000 characters. */
    static void triage(Set<TriageOutcome> outcomes, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = TriageOutcome.problemWith(outcomes);
        if (problem != null) {
            errors.put("outcomes", problem);
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Give the reason for this decision");
        } else if (reason.length() > 2000) {
            errors.put("reason", "The reason must be 2,000 characters or fewer");
        }
        InvalidInputException.refuseIfAny(errors);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
