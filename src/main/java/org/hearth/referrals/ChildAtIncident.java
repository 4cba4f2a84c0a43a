package org.hearth.referrals;

import org.hearth.people.PersonId;

/** A child named in a referral, and whether they were present at the incident. */
public record ChildAtIncident(PersonId child, boolean present) {
}
