package org.hearth.services;

import org.hearth.partnership.AreaId;

/** A search of the public directory; every part may be null for "any". {@code text} matches words anywhere. */
public record DirectoryQuery(String text, AreaId area, Need need, String language) {

    public static DirectoryQuery everything() {
        return new DirectoryQuery(null, null, null, null);
    }
}
