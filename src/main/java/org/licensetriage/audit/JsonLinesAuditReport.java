package org.licensetriage.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.keys.ChecksumStatus;
import org.licensetriage.keys.KeyFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON lines: a {@code header} line (the file's columns and how it was read), one {@code row} line
 * per row, then the {@code summary} line, always last; a stream without it was cut off. With
 * {@code summaryOnly} only the summary is written, as one JSON document.
 */
final class JsonLinesAuditReport implements AuditReport {

    private final OutputStream out;
    private final JsonMapper json;
    private final boolean summaryOnly;

    JsonLinesAuditReport(OutputStream out, JsonMapper json, boolean summaryOnly) {
        this.out = out;
        this.json = json;
        this.summaryOnly = summaryOnly;
    }

    /** The first line: the file's own columns, the columns the report adds, how the file was read. */
    record HeaderLine(String type, List<String> columns, List<String> added, String charset, boolean bom,
            String delimiter, String keyColumn, @Nullable String editionColumn) {
    }

    /** One row: its cells in the file's order, and the verdict on its key. */
    record RowLine(String type, int row, long line, List<String> values, String maskedKey, KeyFormat format,
            ChecksumStatus checksum, boolean valid, @Nullable String keyEdition, @Nullable String channel,
            @Nullable String knownAs, @Nullable String suggestion, List<String> findings,
            @Nullable Boolean editionMatch, @Nullable Integer duplicateCount, @Nullable Integer firstRow) {
    }

    @Override
    public void start(InventoryColumns columns, InventoryEncoding encoding) throws IOException {
        if (!summaryOnly) {
            write(new HeaderLine("header", columns.header(), ReportColumns.NAMES, encoding.charset().name(),
                    encoding.bom(), encoding.delimiterName(), columns.header().get(columns.key()),
                    columns.hasEdition() ? columns.header().get(columns.edition()) : null));
        }
    }

    @Override
    public void row(AuditRow row) throws IOException {
        if (summaryOnly) {
            return;
        }
        var analysis = row.analysis();
        write(new RowLine("row", row.row(), row.line(), row.values(), analysis.maskedKey(), analysis.format(),
                analysis.checksum(), analysis.valid(), row.edition(), blankToNull(ReportColumns.channel(analysis)),
                blankToNull(ReportColumns.knownAs(analysis)), row.suggestion(), ReportColumns.findings(analysis),
                analysis.editionMatch(), row.duplicateCount() == 0 ? null : row.duplicateCount(),
                row.firstRow() == 0 ? null : row.firstRow()));
    }

    @Override
    public void end(AuditSummary summary) throws IOException {
        write(summary);
        out.flush();
    }

    private void write(Object line) throws IOException {
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
