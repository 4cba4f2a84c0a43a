package org.hearth.reviews;

import java.time.LocalDate;

/**
 * The partnership's decision whether to hold a review, with its rationale; a decision not to hold one records the
 * day the Home Office was told.
 */
public record ReviewDecision(LocalDate decidedOn, Boolean hold, String rationale, LocalDate homeOfficeToldOn) {
}
