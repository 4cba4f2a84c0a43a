/**
 * Risk identification: DASH and other questionnaires held as versioned data, risk assessments of a person
 * (score, visible high risk, the assessor's final grade with professional judgement), a person's risk
 * history, and MARAC eligibility explained criterion by criterion.
 *
 * <p>API: {@link org.hearth.risk.RiskAssessments} and {@link org.hearth.risk.Questionnaires}. SPI:
 * {@link org.hearth.risk.IncidentHistory}, implemented by the referrals module, and
 * {@link org.hearth.risk.MaracReferralHistory}, implemented by the marac module. Scoring and grading rules: {@link org.hearth.risk.RiskPolicy}; eligibility rules:
 * {@link org.hearth.risk.MaracRules}. Pages under {@code /people/{id}/risk}, JSON under
 * {@code /api/people/{id}/...}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.hearth.risk;
