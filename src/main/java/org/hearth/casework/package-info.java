/**
 * Casework: case-holding services (IDVA, outreach, young people's IDVA, children and young people's workers,
 * refuge support) of an agency with their workers and hours ({@link org.hearth.casework.CaseServices}); cases
 * referred to them from the hub's triage decision, a referral to MARAC, a person's page or the API; allocation,
 * caseload against the SafeLives guide, handover with need-to-know granted and ended through
 * {@code people.PersonAccess}; contact attempts against the first-contact target with the person's safe-contact
 * rules; notes, a chronology, safety and support plans, and DASH reviews through {@code risk}
 * ({@link org.hearth.casework.Casework}). See docs/casework.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.hearth.casework;
