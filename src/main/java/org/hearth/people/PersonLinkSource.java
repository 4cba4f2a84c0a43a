package org.hearth.people;

import java.util.List;

/**
 * Contributes links to another module's records about a person (e.g. referrals naming them as victim, perpetrator
 * or child) for the person's page, without people depending on that module. Shown only with the full record.
 */
public interface PersonLinkSource {

    List<PersonLink> linksFor(PersonId person);

    /** One record about the person: its label (e.g. "R2026-000042: victim, received 3 March 2026") and its page. */
    record PersonLink(String label, String href) {
    }
}
