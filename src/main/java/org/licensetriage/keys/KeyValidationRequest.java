package org.licensetriage.keys;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.licensetriage.input.TextInput;

/** {@code POST /keys/validate}: the key as the customer gave it, and the edition installed, if known. */
public record KeyValidationRequest(
        @Schema(description = "The key as the customer gave it: any case, dashes or spaces, full-width allowed;"
                + " 1-200 characters", example = "VK7JG-NPHTM-C97JM-9MPGT-3V6GT", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String productKey,
        @Schema(description = "The installed edition as people name it: Professional, \"Windows 11 Pro\", Home,"
                + " \"Windows Server 2022 Datacenter\", ホーム, プロ …; at most 100 characters", example = "Windows 11 Home")
        @Nullable String installedEdition) {

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
