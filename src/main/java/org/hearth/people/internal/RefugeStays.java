package org.hearth.people.internal;

import org.hearth.people.RefugeStayRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves into and out of refuge recorded elsewhere (housing's refuge referrals), written into the person's address
 * history as "In refuge, via" the service named by the event (never an address). Idempotent: a redelivered event
 * ({@code platform.EventRedelivery}) updates the entry it wrote.
 */
@Component
class RefugeStays {

    private final PersonChanges people;

    RefugeStays(PersonChanges people) {
        this.people = people;
    }

    @ApplicationModuleListener
    void on(RefugeStayRecorded event) {
        people.recordRefugeStay(event);
    }
}
