package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;

/**
 * What a pasted message says: the codes in it, the codes of the dialogs it quotes, the facts of any slmgr
 * output, a whole product key and the customer's circumstances. {@link #toString()} masks the key.
 */
public record ReadMessage(
        List<ErrorCode> errorCodes,
        List<ErrorCode> codesFromMessages,
        @Nullable String edition,
        @Nullable String licenseChannel,
        @Nullable String partialProductKey,
        @Nullable LicenseStatus licenseStatus,
        @Nullable ErrorCode notificationReason,
        @Nullable Long remainingMinutes,
        @Nullable Boolean permanentlyActivated,
        @Nullable Integer keyGroupId,
        @Nullable String productKey,
        List<SignalMatch> signals) {

    public ReadMessage {
        errorCodes = List.copyOf(errorCodes);
        codesFromMessages = List.copyOf(codesFromMessages);
        signals = List.copyOf(signals);
    }

    /** The product key as it may be shown or logged: only its last group. */
    public @Nullable String maskedProductKey() {
        if (productKey == null) {
            return null;
        }
        return "XXXXX-XXXXX-XXXXX-XXXXX-" + productKey.substring(Math.max(0, productKey.length() - 5));
    }

    @Override
    public String toString() {
        return "ReadMessage[errorCodes=" + errorCodes + ", codesFromMessages=" + codesFromMessages
                + ", edition=" + edition + ", licenseChannel=" + licenseChannel
                + ", partialProductKey=" + partialProductKey + ", licenseStatus=" + licenseStatus
                + ", notificationReason=" + notificationReason + ", remainingMinutes=" + remainingMinutes
                + ", permanentlyActivated=" + permanentlyActivated + ", keyGroupId=" + keyGroupId
                + ", productKey=" + maskedProductKey() + ", signals=" + signals + "]";
    }
}
