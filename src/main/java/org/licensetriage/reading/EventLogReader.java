package org.licensetriage.reading;

import org.jspecify.annotations.Nullable;

/**
 * Event IDs in pasted event-log text: "Event ID: 8198", "EventID 12289", "イベント ID: 8200", "Event 1074".
 * Codes in the same lines ({@code hr=0x…}) are the code scanner's.
 */
final class EventLogReader {

    private static final String[] MARKERS = {"event id", "eventid", "イベント id", "イベントid", "event"};
    private static final int MAX_EVENTS = 10;
    // between the marker and the ID: "Event ID: 8198", "EventID=8198", JSON's "EventId": 8198
    private static final String SEPARATORS = " :=#\"";

    private EventLogReader() {
    }

    /** Reads the lines of a message in lower case. */
    static void read(Iterable<String> lines, ObservationBuilder seen) {
        for (String raw : lines) {
            String line = raw;
            for (String marker : MARKERS) {
                int at = line.indexOf(marker);
                if (at < 0 || at > 0 && Character.isLetterOrDigit(line.charAt(at - 1)) && marker.charAt(0) == 'e') {
                    continue;
                }
                Integer id = numberAfter(line, at + marker.length());
                if (id != null && seen.eventIds.size() < MAX_EVENTS) {
                    seen.eventIds.add(id);
                    break;
                }
            }
        }
    }

    /** A number of 3 to 5 digits after separators: the ID, never a year or a count of many digits. */
    private static @Nullable Integer numberAfter(String line, int from) {
        int at = from;
        while (at < line.length() && SEPARATORS.indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        int end = at;
        while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        boolean wholeNumber = end == line.length() || !Character.isLetterOrDigit(line.charAt(end));
        return end - at >= 3 && end - at <= 5 && at > from && wholeNumber ? Integer.valueOf(line.substring(at, end))
                : null;
    }
}
