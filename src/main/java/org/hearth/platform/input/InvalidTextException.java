package org.hearth.platform.input;

/** Text that breaks {@link TextRules}: answered with a 400 naming the field, never echoing the text. */
public class InvalidTextException extends IllegalArgumentException {

    private final String field;
    private final TextRules.Problem problem;

    public InvalidTextException(String field, TextRules.Problem problem) {
        super(problem.message());
        this.field = field;
        this.problem = problem;
    }

    /** The field (form field, query parameter or JSON path), when known. */
    public String field() {
        return field;
    }

    public TextRules.Problem problem() {
        return problem;
    }
}
