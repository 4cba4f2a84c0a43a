/**
 * MARAC (multi-agency risk assessment conference): the MARACs of each area with their chair, coordinator and
 * standing member agencies ({@link org.hearth.marac.Maracs}); referrals to MARAC from the hub's triage decision,
 * a person's page or the API, with the criteria met, the evidence and repeats of the same victim and
 * perpetrator ({@link org.hearth.marac.MaracReferrals}); meetings and their agendas, whose publication grants
 * each member agency's named representative and deputy {@code MARAC_RESEARCH} access to the cases on it until
 * 28 days after the meeting ({@link org.hearth.marac.Agendas}); referrals waiting for a meeting, why each waits and
 * the coordinator adding one to a meeting with room ({@link org.hearth.marac.WaitingReferrals}); the SafeLives data return per meeting and per quarter
 * ({@link org.hearth.marac.MaracReturns}). See docs/marac.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MARAC")
package org.hearth.marac;
