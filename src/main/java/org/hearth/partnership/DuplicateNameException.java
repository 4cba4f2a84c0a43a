package org.hearth.partnership;

/** An agency or area with that name already exists (names are unique regardless of case). */
public class DuplicateNameException extends RuntimeException {

    public DuplicateNameException(String what) {
        super("An " + what + " with that name already exists");
    }
}
