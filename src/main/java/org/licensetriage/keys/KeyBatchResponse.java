package org.licensetriage.keys;

import java.util.List;

/** The answer of {@code POST /keys/validate/batch}: one result per item, in the order given. */
record KeyBatchResponse(List<KeyValidationResponse> results) {
}
