package org.hearth.platform;

import java.util.List;

/**
 * A module's answers to the search box (an SPI: the search page knows none of the modules). Called as the
 * signed-in user: an implementation applies need-to-know itself, audits the ids it returns with the kind of
 * query (never the text typed: the audit holds no names), and returns nothing rather than reveal what the user
 * may not know exists.
 */
public interface SearchProvider {

    List<SearchHit> search(SearchQuery query);

    /**
     * One result. {@code restricted}: the user's agency is not involved, so opening it shows the locked-down record
     * (from which they may break the glass); {@code detail} then holds no more than that record shows.
     */
    record SearchHit(String kind, String title, String href, String detail, boolean restricted) {
    }
}
