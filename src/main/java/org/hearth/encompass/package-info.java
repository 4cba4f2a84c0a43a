/**
 * Operation Encompass: the schools register (term dates and non-school days, imported from CSV with a row-by-row
 * report), children's schools, and the police force's notification to a child's school before the start of the
 * next school day after a police incident (s49A Domestic Abuse Act 2021). Notifications come from police
 * referrals (web, API and the police import) as they arrive; a child whose school is unknown goes on the hub's
 * attention list, a child under school age on the health visiting list, and a referral from another agency naming
 * children becomes a hub task to consider sharing. A school's key adult signs in with a restricted role, sees only
 * their own school's notifications and acknowledges them; the e-mail telling them goes through the
 * {@code notifications} outbox and carries no personal data. GP practices: a register with routine enquiry, and a
 * notification to the victim's and the perpetrator's practice of each hub and MARAC case, for the record and never
 * shown in patient online access, read by the practice's key adult in the same way. See docs/encompass.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operation Encompass")
package org.hearth.encompass;
