package org.licensetriage.reading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.keys.Channel;

/**
 * What a pasted text shows, whatever its format: the codes written in it and those of the dialogs it quotes,
 * the licence as slmgr, PowerShell, ospp or DISM states it, the KMS set-up, services that are down, a whole
 * product key and the customer's circumstances. It states what was read, never what it means.
 * {@link #toString()} masks the key.
 *
 * @param errorCodes codes written in the text (also as {@code hr=}, signed decimal, a Win32 number in words),
 *     in order of first appearance
 * @param codesFromMessages codes whose on-screen text the text quotes
 * @param edition the edition ID as Windows writes it ({@code Professional}, {@code ServerStandardEval})
 * @param channel the licence channel; {@code channelName} is how Windows wrote it ({@code OEM_DM})
 * @param remainingMinutes grace or activation time left, in minutes
 * @param rearmCount how many rearms remain
 * @param servicesDown licensing-related services the text shows disabled, stopped or failing to start
 * @param eventIds event-log IDs in the text (Security-SPP 8198, 12288 …, 1074 for a shutdown)
 */
public record Observation(
        List<ErrorCode> errorCodes,
        List<ErrorCode> codesFromMessages,
        @Nullable String edition,
        @Nullable Channel channel,
        @Nullable String channelName,
        @Nullable String partialProductKey,
        @Nullable LicenseStatus licenseStatus,
        @Nullable ErrorCode notificationReason,
        @Nullable Long remainingMinutes,
        @Nullable Boolean permanentlyActivated,
        @Nullable Integer keyGroupId,
        @Nullable Integer rearmCount,
        @Nullable String kmsHost,
        @Nullable Integer kmsPort,
        @Nullable Long activationIntervalMinutes,
        @Nullable Long renewalIntervalMinutes,
        @Nullable String volumeActivationType,
        List<String> servicesDown,
        List<Integer> eventIds,
        @Nullable String productKey,
        List<SignalMatch> signals) {

    public Observation {
        errorCodes = List.copyOf(errorCodes);
        codesFromMessages = List.copyOf(codesFromMessages);
        servicesDown = List.copyOf(servicesDown);
        eventIds = List.copyOf(eventIds);
        signals = List.copyOf(signals);
    }

    /** Whether a signal was read. */
    public boolean says(Signal signal) {
        for (SignalMatch match : signals) {
            if (match.signal() == signal) {
                return true;
            }
        }
        return false;
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
        return "Observation[errorCodes=" + errorCodes + ", codesFromMessages=" + codesFromMessages
                + ", edition=" + edition + ", channel=" + channel + " (" + channelName + ")"
                + ", partialProductKey=" + partialProductKey + ", licenseStatus=" + licenseStatus
                + ", notificationReason=" + notificationReason + ", remainingMinutes=" + remainingMinutes
                + ", permanentlyActivated=" + permanentlyActivated + ", keyGroupId=" + keyGroupId
                + ", rearmCount=" + rearmCount + ", kms=" + kmsHost + ":" + kmsPort
                + ", intervals=" + activationIntervalMinutes + "/" + renewalIntervalMinutes
                + ", volumeActivationType=" + volumeActivationType + ", servicesDown=" + servicesDown + ", eventIds=" + eventIds
                + ", productKey=" + maskedProductKey() + ", signals=" + signals + "]";
    }
}
