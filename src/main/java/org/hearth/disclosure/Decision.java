package org.hearth.disclosure;

import java.time.LocalDate;

/**
 * The multi-agency decision forum's decision: disclose or not, with why disclosure would be (or would not be)
 * lawful, necessary and proportionate. All of it is required.
 */
public record Decision(LocalDate forumOn, String members, Boolean disclose, String lawful, String necessary,
        String proportionate) {
}
