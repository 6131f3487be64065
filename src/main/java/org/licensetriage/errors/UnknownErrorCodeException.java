package org.licensetriage.errors;

import java.util.List;

/** A well-formed code that the knowledge base has no entry for, with the known codes it may be a misreading of. */
public class UnknownErrorCodeException extends RuntimeException {

    private final ErrorCode code;
    private final List<ErrorCode> didYouMean;

    public UnknownErrorCodeException(ErrorCode code, List<ErrorCode> didYouMean) {
        super(code + " is not in the knowledge base");
        this.code = code;
        this.didYouMean = List.copyOf(didYouMean);
    }

    public ErrorCode code() {
        return code;
    }

    public List<ErrorCode> didYouMean() {
        return didYouMean;
    }
}
