package org.hearth.strategy;

/** A reported assessment is locked: correct it by a new revision. */
public class Bvpi225LockedException extends IllegalStateException {

    public Bvpi225LockedException(String period) {
        super("BVPI 225 for " + period + " has been reported; start a correction to change it");
    }
}
