package org.licensetriage.audit;

import org.licensetriage.i18n.LocalizedText;

/**
 * A file that cannot be audited, or not past {@code line} (1-based, as a text editor counts; 0 when the
 * problem is not on a line). The texts name lines, columns and limits, never a cell's content: a cell may be a
 * product key.
 */
public class InventoryFileException extends RuntimeException {

    private final InventoryProblem problem;
    private final long line;
    private final LocalizedText detail;

    InventoryFileException(InventoryProblem problem, long line, LocalizedText detail) {
        super(problem + (line > 0 ? " at line " + line : "") + ": " + detail.en());
        this.problem = problem;
        this.line = line;
        this.detail = detail;
    }

    public InventoryProblem problem() {
        return problem;
    }

    public long line() {
        return line;
    }

    public LocalizedText detail() {
        return detail;
    }
}
