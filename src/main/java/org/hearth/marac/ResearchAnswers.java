package org.hearth.marac;

/**
 * What an agency's own records hold, as SafeLives' research form asks: facts on the victim, the children and the
 * perpetrator, kept apart from opinion; or that the agency holds nothing; and anything withheld, with the reason.
 */
public record ResearchAnswers(boolean nothingHeld, String victimFacts, String childrenFacts, String perpetratorFacts,
        String opinion, String withheld, String withheldReason) {
}
