/**
 * Insights: the partnership's indicators, computed from Hearth's own records (referrals, police incidents, risk
 * assessments, triage decisions, equality data, areas and population), for the dashboard at {@code /insights}, the
 * API at {@code /api/insights/indicators} and the board report (PDF and XLSX). Figures only, never a person: every
 * count goes through {@link org.hearth.insights.Suppression} (fewer than 5 shown as "&lt;5", with secondary
 * suppression so a hidden cell cannot be recovered from a total). The queries live in one place,
 * {@code internal.IndicatorQueries}, plain SQL over the other modules' tables as a read model (the MARAC cases
 * discussed through the marac module's view {@code marac_case_discussed}). Insights reads strategy (BVPI 225,
 * strategy status); the marac module uses {@link org.hearth.insights.Suppression} for its SafeLives return. Other
 * modules add their own figures to the dashboard and the board report through an
 * {@link org.hearth.insights.IndicatorSource} bean, already suppressed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.hearth.insights;
