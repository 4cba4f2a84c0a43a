package org.hearth.disclosure;

import java.time.LocalDate;
import org.hearth.people.Named;

/**
 * An application as entered; {@link Disclosures#apply} checks it and writes all or nothing.
 *
 * @param applicant who asked (Right to Ask only; null when the person at risk asked for themselves, or under the
 *     Right to Know)
 * @param applicantRelationship the third party's relation to the person at risk (a mother, a friend), or null
 * @param immediateRisk whether the first contact found an immediate risk (then {@code immediateRiskAction} says what
 *     was done)
 */
public record NewApplication(Route route, LocalDate receivedOn, boolean applicantIsPersonAtRisk, Named applicant,
        String applicantRelationship, Named personAtRisk, Named subject, boolean immediateRisk,
        String immediateRiskAction) {
}
