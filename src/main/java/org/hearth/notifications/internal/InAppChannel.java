package org.hearth.notifications.internal;

/**
 * The in-app outbox: a message is "sent" by staying on the administrators' outbox page, and nothing leaves the
 * machine. The default, so the demo works offline.
 */
public class InAppChannel implements Channel {

    @Override
    public String name() {
        return "in-app";
    }

    @Override
    public void send(Envelope envelope) {
        // nothing leaves the machine: the outbox page is the record
    }
}
