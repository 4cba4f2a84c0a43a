package org.hearth.people;

import java.time.LocalDate;

/**
 * One module's word on a person for the retention schedule (see {@link PersonDataHolder#retentionFacts}).
 *
 * @param lastInvolvement the latest date of the person's involvement in this module, or null
 * @param hold why this module must keep the person's records whatever the date ("Open MARAC case"), or null
 * @param deathReview true when the person is the deceased or the perpetrator of a death review (a longer rule)
 */
public record RetentionFact(PersonId person, LocalDate lastInvolvement, String hold, boolean deathReview) {

    /**
     * The hold of a module whose very existence on a person is confidential (a Clare's Law application, a subject
     * access request): the coordinator reading the review list learns only that something holds the record.
     */
    public static final String CONFIDENTIAL_HOLD = "Held by open work in a confidential service";

    public static RetentionFact involved(PersonId person, LocalDate on) {
        return new RetentionFact(person, on, null, false);
    }

    public static RetentionFact held(PersonId person, String reason) {
        return new RetentionFact(person, null, reason, false);
    }
}
