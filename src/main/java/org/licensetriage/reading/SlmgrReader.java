package org.licensetriage.reading;

import static org.licensetriage.reading.TextForms.isAsciiAlnum;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;

/**
 * Reads {@code slmgr /dli}, {@code /dlv} and {@code /xpr} output, English or Japanese, line by line from a
 * normalised message; the first value of each field wins, as the first licence block is Windows itself.
 */
final class SlmgrReader {

    // Longer labels are not slmgr's; bounding them keeps every line's work small.
    private static final int MAX_LABEL_LENGTH = 60;
    private static final Map<String, String> KEY_CHANNELS = Map.of(
            "RETAIL", "RETAIL",
            "OEM:DM", "OEM_DM",
            "OEM:SLP", "OEM_SLP",
            "OEM:NONSLP", "OEM_COA_NSLP",
            "VOLUME:GVLK", "VOLUME_KMSCLIENT",
            "VOLUME:MAK", "VOLUME_MAK");

    private final ObservationBuilder seen;
    // The Description line names the channel more precisely than "Product Key Channel", whichever comes first.
    private @Nullable String descriptionChannel;
    private @Nullable String keyChannel;

    private SlmgrReader(ObservationBuilder seen) {
        this.seen = seen;
    }

    static void read(String normalized, ObservationBuilder seen) {
        SlmgrReader reader = new SlmgrReader(seen);
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = normalized.length();
            }
            reader.line(normalized.substring(start, end).strip());
            start = end + 1;
        }
        seen.channel(reader.descriptionChannel != null ? reader.descriptionChannel : reader.keyChannel);
    }

    private void line(String line) {
        if (line.isEmpty()) {
            return;
        }
        int colon = line.indexOf(':');
        SlmgrLabel label = colon > 0 && colon <= MAX_LABEL_LENGTH ? SlmgrLabel.of(line.substring(0, colon)) : null;
        if (label != null) {
            labelled(label, trimEnd(line.substring(colon + 1).strip()));
            return;
        }
        // /xpr opens with "Windows(R), Professional edition:" and states the rest in sentences
        if (seen.edition == null && line.regionMatches(true, 0, "windows", 0, 7)) {
            seen.edition(SlmgrValues.edition(line));
        }
        xprSentence(TextForms.compact(line), line);
    }

    private void labelled(SlmgrLabel label, String value) {
        switch (label) {
            case NAME -> seen.edition(SlmgrValues.edition(value));
            case DESCRIPTION -> descriptionChannel = descriptionChannel != null ? descriptionChannel
                    : SlmgrValues.channel(value);
            case PRODUCT_KEY_CHANNEL -> keyChannel = keyChannel != null ? keyChannel : keyChannel(value);
            case PARTIAL_PRODUCT_KEY -> seen.partialProductKey(SlmgrValues.partialKey(value));
            case LICENSE_STATUS -> seen.licenseStatus(LicenseStatus.ofValue(TextForms.compact(value)));
            case NOTIFICATION_REASON -> seen.notificationReason(SlmgrValues.leadingCode(value));
            case REMAINING -> seen.remainingMinutes(SlmgrValues.minutes(value));
            case EXTENDED_PID -> seen.keyGroupId(SlmgrValues.keyGroupId(value));
        }
    }

    private void xprSentence(String compact, String line) {
        if (seen.permanentlyActivated == null && SlmgrValues.statesPermanentActivation(compact)) {
            seen.permanentlyActivated(!compact.contains("notpermanently") && !compact.contains("されていません"));
        } else if (SlmgrValues.statesExpiry(compact)) {
            seen.permanentlyActivated(Boolean.FALSE);
            seen.remainingMinutes(SlmgrValues.minutes(line));
            seen.licenseStatus(LicenseStatus.ofXprLine(compact));
        }
    }

    private static @Nullable String keyChannel(String value) {
        int end = 0;
        while (end < value.length() && (isAsciiAlnum(value.charAt(end)) || value.charAt(end) == ':'
                || value.charAt(end) == '_')) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        String written = value.substring(0, end).toUpperCase(Locale.ROOT);
        return KEY_CHANNELS.getOrDefault(written, written.replace(':', '_'));
    }

    private static String trimEnd(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '.' || value.charAt(end - 1) == '。')) {
            end--;
        }
        return value.substring(0, end).strip();
    }
}
