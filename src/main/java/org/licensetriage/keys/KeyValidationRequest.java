package org.licensetriage.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code POST /keys/validate}: the key as the customer gave it, and the edition installed, if known. */
public record KeyValidationRequest(
        @NotBlank @Size(max = 200) String productKey,
        @Size(max = 100) @Nullable String installedEdition) {

    @Override
    public String toString() {
        return "KeyValidationRequest[productKey=" + ProductKeys.mask(productKey == null ? "" : productKey)
                + ", installedEdition=" + installedEdition + "]";
    }
}
