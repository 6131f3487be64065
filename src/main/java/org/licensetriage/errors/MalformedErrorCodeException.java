package org.licensetriage.errors;

import java.util.List;

/** The text given as an error code is not one in any accepted form. */
public class MalformedErrorCodeException extends RuntimeException {

    private final String input;
    private final List<ErrorCode> didYouMean;

    public MalformedErrorCodeException(String input) {
        this(input, List.of());
    }

    public MalformedErrorCodeException(String input, List<ErrorCode> didYouMean) {
        super("not an error code in any accepted form");
        this.input = input;
        this.didYouMean = List.copyOf(didYouMean);
    }

    /** Known codes the input reads as once look-alike characters (O for 0, I for 1) are fixed. */
    public List<ErrorCode> didYouMean() {
        return didYouMean;
    }

    /** What was given, for the problem answer; never logged. */
    public String input() {
        return input;
    }
}
