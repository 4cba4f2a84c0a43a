package org.hearth.disclosure;

import java.time.LocalDate;

/**
 * How an application ends: a disclosure in person (to the person at risk, normally, or the applicant; by whom; with
 * a safety plan), or the reason there was none. Closing ends the team's access to the people involved.
 *
 * @param recipient who received the disclosure: {@code PERSON_AT_RISK} or {@code APPLICANT}; null for none
 */
public record Outcome(LocalDate on, Recipient recipient, String deliveredBy, String safetyPlan,
        String noDisclosureReason) {

    /** Who receives a disclosure. */
    public enum Recipient {
        PERSON_AT_RISK("The person at risk"),
        APPLICANT("The applicant");

        private final String label;

        Recipient(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
