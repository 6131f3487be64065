package org.licensetriage.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.keys.KeyAnalysis;

/**
 * One audited row: its spreadsheet row number (the header is row 1) and the line it starts on, its cells as
 * read (the key cell masked when the caller asked for a shareable report), the analysis of its key, the key's
 * edition in the request's language, the one likely repair if there is exactly one, and how many rows so far
 * carry the same key (0 when the input is not 25 key characters) with the first of them.
 */
public record AuditRow(int row, long line, List<String> values, KeyAnalysis analysis, @Nullable String edition,
        @Nullable String suggestion, int duplicateCount, int firstRow) {

    @Override
    public String toString() {
        return "AuditRow[row=" + row + ", line=" + line + ", analysis=" + analysis + ", duplicateCount="
                + duplicateCount + "]";
    }
}
