package org.hearth.strategy;

import java.time.LocalDate;

/**
 * A source of evidence for one BVPI 225 question: a bean in any module that holds the records (the services module's
 * directory for item 1, refuge places for item 2; later meetings for item 5, a strategy for item 4, training for
 * item 11). The coordinator accepts the proposal or answers otherwise with evidence.
 */
public interface Bvpi225Evidence {

    /**
     * The proposed answer on {@code today} to the one question this bean can evidence (the proposal's
     * {@code question}, 1 to 11), with the reasoning shown to the coordinator.
     */
    Bvpi225Proposal propose(LocalDate today);
}
