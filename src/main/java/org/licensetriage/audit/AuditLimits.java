package org.licensetriage.audit;

/**
 * What one inventory may hold: bytes, rows, columns per row, characters per cell and per row. Each protects
 * memory or time against a hostile or broken file (an unclosed quote makes the rest of the file one cell).
 */
public record AuditLimits(long maxBytes, int maxRows, int maxColumns, int maxCellLength, int maxRowLength) {

    public AuditLimits {
        if (maxBytes < 1 || maxRows < 1 || maxColumns < 2 || maxCellLength < 200 || maxRowLength < maxCellLength) {
            throw new IllegalArgumentException("audit limits: maxBytes >= 1, maxRows >= 1, maxColumns >= 2, maxCellLength >= 200"
                    + " (a key cell), maxRowLength >= maxCellLength");
        }
    }
}
