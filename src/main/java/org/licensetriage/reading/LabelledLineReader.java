package org.licensetriage.reading;

import static org.licensetriage.reading.TextForms.isAsciiAlnum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads "label: value" output line by line from a normalised message: {@code slmgr /dli /dlv /xpr}, the
 * PowerShell list and table views of the licensing WMI classes, {@code ospp.vbs /dstatus} and DISM, English or
 * Japanese. The first value of each field wins, as the first licence block is Windows itself.
 */
final class LabelledLineReader {

    // Longer labels are none of these tools'; bounding them keeps every line's work small.
    private static final int MAX_LABEL_LENGTH = 60;
    private static final Map<String, String> KEY_CHANNELS = Map.of(
            "RETAIL", "RETAIL",
            "OEM:DM", "OEM_DM",
            "OEM:SLP", "OEM_SLP",
            "OEM:NONSLP", "OEM_COA_NSLP",
            "VOLUME:GVLK", "VOLUME_KMSCLIENT",
            "VOLUME:MAK", "VOLUME_MAK");
    // Parts of the words LineValues looks for in /xpr lines, in any case: (e)xpire, (g)race, (p)ermanent(ly),
    // (n)otification, and the Japanese forms.
    private static final List<String> XPR_WORDS = List.of("xpire", "XPIRE", "race", "RACE", "ermanent", "ERMANENT",
            "otification", "OTIFICATION", "通知", "猶予", "期限", "永続", "永久", "完了しました");
    private static final List<String> ACTIVATION_TYPES = List.of("All", "Active Directory", "KMS", "Token");

    private final ObservationBuilder seen;
    // The Description line names the channel more precisely than "Product Key Channel", whichever comes first.
    private @Nullable String descriptionChannel;
    private @Nullable String keyChannel;

    private LabelledLineReader(ObservationBuilder seen) {
        this.seen = seen;
    }

    static void read(List<String> lines, ObservationBuilder seen) {
        LabelledLineReader reader = new LabelledLineReader(seen);
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 < lines.size() && PowerShellTable.isRule(lines.get(i + 1))) {
                int end = PowerShellTable.read(lines, i, reader::labelled);
                if (end >= 0) {
                    i = end;
                    continue;
                }
            }
            reader.line(lines.get(i).strip());
        }
        seen.channel(reader.descriptionChannel != null ? reader.descriptionChannel : reader.keyChannel);
    }

    private void line(String line) {
        if (line.isEmpty()) {
            return;
        }
        int colon = line.indexOf(':');
        LineLabel label = colon > 0 && colon <= MAX_LABEL_LENGTH ? LineLabel.of(line.substring(0, colon)) : null;
        if (label != null) {
            labelled(label, trimEnd(line.substring(colon + 1).strip()));
            return;
        }
        // /xpr opens with "Windows(R), Professional edition:" and states the rest in sentences
        if (seen.edition == null && line.regionMatches(true, 0, "windows", 0, 7)) {
            seen.edition(LineValues.edition(line));
        }
        if (mayStateActivation(line)) {
            xprSentence(TextForms.compact(line), line);
        }
    }

    /** A cheap look for the words of /xpr's sentences, so most lines of a long message are not compacted. */
    private static boolean mayStateActivation(String line) {
        for (String part : XPR_WORDS) {
            if (line.contains(part)) {
                return true;
            }
        }
        return false;
    }

    void labelled(LineLabel label, String value) {
        if (value.isEmpty()) {
            return;
        }
        switch (label) {
            case NAME -> seen.edition(LineValues.edition(value));
            case CURRENT_EDITION -> seen.edition(LineValues.firstToken(value));
            case DESCRIPTION -> descriptionChannel = descriptionChannel != null ? descriptionChannel
                    : LineValues.channel(value);
            case PRODUCT_KEY_CHANNEL -> keyChannel = keyChannel != null ? keyChannel : keyChannel(value);
            case PARTIAL_PRODUCT_KEY -> seen.partialProductKey(LineValues.partialKey(value));
            case PRODUCT_KEY -> seen.partialProductKey(LineValues.lastGroupOnly(value));
            case LICENSE_STATUS -> seen.licenseStatus(LicenseStatus.ofValue(TextForms.compact(value)));
            case NOTIFICATION_REASON -> seen.notificationReason(LineValues.leadingCode(value));
            case REMAINING -> seen.remainingMinutes(LineValues.minutes(value));
            case EXTENDED_PID -> seen.keyGroupId(LineValues.keyGroupId(value));
            case REARM_COUNT -> seen.rearmCount(LineValues.number(value));
            case KMS_HOST -> kmsHost(value);
            case KMS_PORT -> seen.kmsPort(LineValues.number(value));
            case ACTIVATION_INTERVAL -> seen.activationInterval(LineValues.minutes(value));
            case RENEWAL_INTERVAL -> seen.renewalInterval(LineValues.minutes(value));
            case ACTIVATION_TYPE -> seen.volumeActivationType(activationType(value));
        }
    }

    /** "kms.contoso.com:1688" or "kms01" from DNS, the registry or WMI; sentences are not host names. */
    private void kmsHost(String value) {
        String host = LineValues.firstToken(value);
        if (host == null || host.length() < value.strip().length() - 8) {
            return;
        }
        int colon = host.lastIndexOf(':');
        if (colon > 0) {
            seen.kmsPort(LineValues.number(host.substring(colon + 1)));
            host = host.substring(0, colon);
        }
        seen.kmsHost(host);
    }

    private static @Nullable String activationType(String value) {
        Integer number = LineValues.number(value);
        if (number != null) {
            return number >= 0 && number < ACTIVATION_TYPES.size() ? ACTIVATION_TYPES.get(number) : null;
        }
        for (String type : ACTIVATION_TYPES) {
            if (value.regionMatches(true, 0, type, 0, type.length())) {
                return type;
            }
        }
        return null;
    }

    private void xprSentence(String compact, String line) {
        if (seen.permanentlyActivated == null && LineValues.statesPermanentActivation(compact)) {
            seen.permanentlyActivated(!compact.contains("notpermanently") && !compact.contains("されていません"));
        } else if (LineValues.statesExpiry(compact)) {
            seen.permanentlyActivated(Boolean.FALSE);
            seen.remainingMinutes(LineValues.minutes(line));
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

    /** The lines of a normalised text, as pasted (a table's columns depend on leading spaces). */
    static List<String> lines(String normalized) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = normalized.length();
            }
            lines.add(normalized.substring(start, end));
            start = end + 1;
        }
        return lines;
    }
}
