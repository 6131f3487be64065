package org.licensetriage.errors;

import java.util.List;

/**
 * A well-formed code that the knowledge base has no entry for: its symbolic names and kind, as far as the
 * Windows headers tell, and the known codes it may be a misreading of.
 */
public class UnknownErrorCodeException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> symbolicNames;
    private final ErrorKind kind;
    private final List<ErrorCode> didYouMean;

    public UnknownErrorCodeException(ErrorCode code, List<String> symbolicNames, ErrorKind kind,
            List<ErrorCode> didYouMean) {
        super(code + " is not in the knowledge base");
        this.code = code;
        this.symbolicNames = List.copyOf(symbolicNames);
        this.kind = kind;
        this.didYouMean = List.copyOf(didYouMean);
    }

    public ErrorCode code() {
        return code;
    }

    public List<String> symbolicNames() {
        return symbolicNames;
    }

    public ErrorKind kind() {
        return kind;
    }

    public List<ErrorCode> didYouMean() {
        return didYouMean;
    }
}
