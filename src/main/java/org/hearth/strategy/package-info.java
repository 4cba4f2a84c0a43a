/**
 * Running the partnership's strategy.
 * <ul>
 * <li>Strategies and action plans ({@link org.hearth.strategy.StrategyPlans}, pages at {@code /strategy/plans}): a
 * period, draft then adopted by the board; themes and objectives whose current-performance status is kept as a
 * history, so the board sees movement between reports; action areas mapped to objectives; actions owned by
 * partnership agencies with a due date, RAG and progress updates, overdue once open past their due date.
 * Dashboards and board reports read {@link org.hearth.strategy.StrategyStatus}, always live.</li>
 * <li>The LGA/Tavistock partnership self-assessment checklist ({@link org.hearth.strategy.PartnershipChecklist},
 * {@code /strategy/checklist}): questions per area as data, runs with strengths, gaps and the common problems they
 * reveal; a gap becomes an action linked back to its answer.</li>
 * <li>BVPI 225 (the 2005-2008 statutory indicator): its 11 questions as data, a self-assessment per period (drafted,
 * then reported and locked; corrected by a new revision) scored as the share answered yes, and the history a board
 * reads. Where Hearth holds the evidence it proposes the answer through {@link org.hearth.strategy.Bvpi225Evidence}
 * beans (the directory's review dates, refuge places per population, training, an adopted strategy covering the
 * year); other modules may add beans for the questions they can evidence. Coordinators work at
 * {@code /strategy/bvpi225}; other modules use {@link org.hearth.strategy.Bvpi225Assessments}.</li>
 * </ul>
 * Coordinators and administrators manage; analysts read (partnership-level records, never person data).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package org.hearth.strategy;
