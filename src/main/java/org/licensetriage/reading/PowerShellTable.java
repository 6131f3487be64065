package org.licensetriage.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * PowerShell's table view ({@code Get-CimInstance SoftwareLicensingProduct | Format-Table ...}): a header,
 * a rule of dashes giving each column's width, then one row per licence. The row of the installed key (one
 * with a partial product key) is read, else the first.
 */
final class PowerShellTable {

    private PowerShellTable() {
    }

    /** A rule under a table header: dashes in runs separated by single spaces, nothing else. */
    static boolean isRule(String line) {
        String rule = line.strip();
        if (rule.length() < 3 || rule.charAt(0) != '-') {
            return false;
        }
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c != '-' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the table whose header is line {@code header} (lines as pasted, not stripped, so the rule's dashes
     * give the columns); returns the index of its last line, or -1 when the header names no label we read.
     */
    static int read(List<String> lines, int header, BiConsumer<LineLabel, String> labelled) {
        String rule = lines.get(header + 1);
        List<int[]> columns = new ArrayList<>();
        int i = 0;
        while (i < rule.length()) {
            if (rule.charAt(i) == '-') {
                int start = i;
                while (i < rule.length() && rule.charAt(i) == '-') {
                    i++;
                }
                columns.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        List<@Nullable LineLabel> labels = new ArrayList<>();
        int partialKey = -1;
        for (int[] column : columns) {
            LineLabel label = LineLabel.of(cell(lines.get(header), column, columns));
            if (label == LineLabel.PARTIAL_PRODUCT_KEY) {
                partialKey = labels.size();
            }
            labels.add(label);
        }
        if (labels.stream().allMatch(java.util.Objects::isNull)) {
            return -1;
        }
        int end = header + 1;
        @Nullable String chosen = null;
        while (end + 1 < lines.size() && !lines.get(end + 1).isBlank()) {
            end++;
            String row = lines.get(end);
            if (chosen == null && (partialKey < 0 || !cell(row, columns.get(partialKey), columns).isEmpty())) {
                chosen = row;
            }
        }
        if (chosen != null) {
            for (int c = 0; c < columns.size(); c++) {
                if (labels.get(c) != null) {
                    labelled.accept(labels.get(c), cell(chosen, columns.get(c), columns));
                }
            }
        }
        return end;
    }

    /** The text under a column: from its start to the next column's start (the last column takes the rest). */
    private static String cell(String row, int[] column, List<int[]> columns) {
        int index = columns.indexOf(column);
        int from = Math.min(column[0], row.length());
        int to = index + 1 < columns.size() ? Math.min(columns.get(index + 1)[0], row.length()) : row.length();
        return row.substring(from, Math.max(from, to)).strip();
    }
}
