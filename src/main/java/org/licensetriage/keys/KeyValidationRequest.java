package org.licensetriage.keys;

import org.jspecify.annotations.Nullable;
import org.licensetriage.input.TextInput;

/** {@code POST /keys/validate}: the key as the customer gave it, and the edition installed, if known. */
public record KeyValidationRequest(@Nullable String productKey, @Nullable String installedEdition) {

    static final int MAX_KEY = 200;
    static final int MAX_EDITION = 100;

    /** Checked by hand, not by Bean Validation, whose errors would carry the key as the rejected value. */
    TextInput check(TextInput input, String prefix) {
        return input.required(prefix + "productKey", productKey, MAX_KEY)
                .optional(prefix + "installedEdition", installedEdition, MAX_EDITION);
    }

    @Override
    public String toString() {
        return "KeyValidationRequest[productKey=" + ProductKeys.mask(productKey == null ? "" : productKey)
                + ", installedEdition=" + installedEdition + "]";
    }
}
