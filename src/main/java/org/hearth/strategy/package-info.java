/**
 * Running the partnership's strategy. For now BVPI 225 (the 2005-2008 statutory indicator): its 11 questions as
 * data, a self-assessment per period (drafted, then reported and locked; corrected by a new revision) scored as
 * the share answered yes, and the history a board reads. Where Hearth holds the evidence it proposes the answer
 * through {@link org.hearth.strategy.Bvpi225Evidence} beans (the directory's review dates, refuge places per
 * population); other modules (meetings, training) may add beans for the questions they can evidence.
 * Coordinators work at {@code /strategy/bvpi225}. Other modules use {@link org.hearth.strategy.Bvpi225Assessments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package org.hearth.strategy;
