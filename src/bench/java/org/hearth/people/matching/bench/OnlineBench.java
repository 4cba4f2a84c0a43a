package org.hearth.people.matching.bench;

/** Placeholder until the JMH benchmark lands. */
final class OnlineBench {
    static void main(String[] args) {
        throw new UnsupportedOperationException("not yet");
    }
}
