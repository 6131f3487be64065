package org.licensetriage.errors;

/** The text given as an error code is not one in any accepted form. */
public class MalformedErrorCodeException extends RuntimeException {

    private final String input;

    public MalformedErrorCodeException(String input) {
        super("not an error code in any accepted form");
        this.input = input;
    }

    /** What was given, for the problem answer; never logged. */
    public String input() {
        return input;
    }
}
