package org.hearth.access;

/** A user could not be saved; {@code field} names the form field at fault. */
public class InvalidUserException extends RuntimeException {

    private final String field;

    public InvalidUserException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
