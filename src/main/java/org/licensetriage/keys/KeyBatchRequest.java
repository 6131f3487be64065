package org.licensetriage.keys;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /keys/validate/batch}: up to 1,000 keys of a licence-inventory audit. */
record KeyBatchRequest(@NotNull @Size(min = 1, max = KeyBatchRequest.MAX_ITEMS) List<@NotNull KeyValidationRequest> items) {

    static final int MAX_ITEMS = 1000;
}
