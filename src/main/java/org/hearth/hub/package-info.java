/**
 * The daily safeguarding hub: a meeting per area and working day whose agenda is built from the referrals and
 * police incidents since the last meeting (weekends and bank holidays roll into the next working day), high and
 * medium risk first; attendance by agency (a named representative of each attending agency reads the agenda's
 * cases through a {@code HUB_MEETING} grant until the end of the day); per case the information each agency
 * brings, the decisions (recorded on the referral through {@code Referrals.triage}, which publishes
 * {@code ReferralTriaged}) and actions for the victim, the children and the perpetrator; cases not reached roll to
 * the next meeting; minutes; volume and capacity. See docs/hub.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Daily safeguarding hub")
package org.hearth.hub;
