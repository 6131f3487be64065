package org.licensetriage.diagnosis;

import java.util.List;

/** A diagnosis request without an error code, a message or a product key: nothing to start from. */
public class NothingToDiagnoseException extends RuntimeException {

    public static final List<String> FIELDS = List.of("errorCode", "message", "productKey");

    public NothingToDiagnoseException() {
        super("one of errorCode, message or productKey is required");
    }
}
