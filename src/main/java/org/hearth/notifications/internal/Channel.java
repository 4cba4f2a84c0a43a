package org.hearth.notifications.internal;

/** A way out for messages. {@link #send} throws when the message did not go; the worker then retries. */
public interface Channel {

    /** The channel's name, recorded on each message it sent. */
    String name();

    void send(Envelope envelope) throws Exception;

    /** The worker's round is over: a channel that keeps a connection through a round closes it. */
    default void roundEnded() {
    }

    /**
     * What is sent: the address, the partnership's name, the absolute link and the message's id (Notify's reference).
     * The words are made here, once, for every channel.
     */
    record Envelope(String messageId, String address, String partnership, String link) {

        public String subject() {
            return "New notification from " + partnership;
        }

        public String body() {
            return "You have a new notification from " + partnership + ". Sign in to read it.\n\n" + link + "\n";
        }
    }
}
