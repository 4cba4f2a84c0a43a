/**
 * Commissioning: the partnership's budgets by financial year and work stream with each partner agency's
 * contribution (committed or pledged, from which fund), spend by quarter and variance, the year's table of who pays
 * for what and its movement from the year before ({@link org.hearth.commissioning.Budgets}); commissioned contracts
 * with KPIs computed from Hearth's records through {@link org.hearth.commissioning.KpiSource} beans or entered by
 * the provider each quarter, with RAG against target and end warnings ({@link org.hearth.commissioning.Contracts});
 * unit costs and the estimate of what domestic abuse costs the area's services. Money is whole pence. No person
 * data. See docs/commissioning.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning")
package org.hearth.commissioning;
