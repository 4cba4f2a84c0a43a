/**
 * Clare's Law: the Domestic Violence Disclosure Scheme (statutory guidance, April 2023). Applications under the
 * Right to Ask (from the person at risk or a third party) and the Right to Know (police-initiated), each with its
 * stages and dates, a 28-day clock, checks with the agencies that hold records about the subject (the team sees which
 * agencies, through their grants, and asks them: a task in the agency's "My work"; it never reads their records), the
 * multi-agency decision forum with its lawful, necessary and proportionate rationale, and the disclosure (to whom, by
 * whom, with a safety plan) or the reason for none. Only the disclosure team ({@code Role.DISCLOSURE_TEAM}) sees an
 * application, even that one exists; it holds {@code AccessGround.DISCLOSURE} on the people involved until the
 * application closes. Figures by route, outcome and days taken are suppressed for coordinators and analysts.
 * See docs/disclosure.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clare's Law disclosures")
package org.hearth.disclosure;
