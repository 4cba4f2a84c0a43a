package org.hearth.people;

/**
 * SPI for subject access: whether a module's records name the person as causing harm (a referral's perpetrator, a
 * MARAC referral's, an order's respondent, a hub case's). Subject access asks every module at each reading, so that
 * a requester's part is decided by the records as they stand and never only by what was typed when the request was
 * opened. A small query of the module's own tables; no need-to-know of its own (the caller checked the role).
 */
public interface CausingHarmLinks {

    /** True when any record of the module names the person as causing harm. */
    boolean namesAsCausingHarm(PersonId person);
}
