package org.licensetriage.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as CSV: UTF-8 with a BOM and CRLF, as Excel's "CSV UTF-8" writes, so that Excel shows Japanese
 * text right whatever the input was; the file's columns, then {@link ReportColumns#NAMES}; then a trailer of
 * lines whose first cell is {@code #summary} (or {@code #error}), which readers that skip {@code #} comments
 * skip. The last line is always {@code #summary,complete,true|false}: a report without it was cut off.
 */
final class CsvAuditReport implements AuditReport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    private CsvWriter csv;

    CsvAuditReport(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(InventoryColumns columns, InventoryEncoding encoding) throws IOException {
        out.write(BOM);
        csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(columns.header());
        header.addAll(ReportColumns.NAMES);
        csv.writeRecord(header);
    }

    @Override
    public void row(AuditRow row) {
        var record = csv.writeRecord();
        for (String value : row.values()) {
            record.writeField(value);
        }
        var analysis = row.analysis();
        record.writeField(analysis.maskedKey())
                .writeField(analysis.format().name())
                .writeField(analysis.checksum().name())
                .writeField(String.valueOf(analysis.valid()))
                .writeField(ReportColumns.text(row.edition()))
                .writeField(ReportColumns.channel(analysis))
                .writeField(ReportColumns.knownAs(analysis))
                .writeField(ReportColumns.text(row.suggestion()))
                .writeField(String.join(" ", ReportColumns.findings(analysis)))
                .writeField(ReportColumns.text(analysis.editionMatch()))
                .writeField(row.duplicateCount() == 0 ? "" : String.valueOf(row.duplicateCount()))
                .writeField(row.firstRow() == 0 ? "" : String.valueOf(row.firstRow()))
                .endRecord();
    }

    @Override
    public void end(AuditSummary summary) throws IOException {
        csv.flush();
        // The data rows' writer quotes a first cell that starts with '#' (so that an asset tag like #12 is not
        // read as a comment); the trailer's lines are meant as comments, so they get a writer without one.
        csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).commentCharacter('\0')
                .build(out, StandardCharsets.UTF_8);
        if (summary.error() != null) {
            var error = summary.error();
            csv.writeRecord("#error", String.valueOf(error.line()), error.reason().name(), error.detail());
        }
        summary("headline", summary.headline());
        summary("rows", summary.rows());
        summary("blankRowsSkipped", summary.blankRowsSkipped());
        summary("valid", summary.valid());
        summary("invalid", summary.invalid());
        counts("byOutcome", summary.byOutcome());
        counts("byEdition", summary.byEdition());
        counts("byChannel", summary.byChannel());
        counts("byKnownAs", summary.byKnownAs());
        summary("duplicateKeys", summary.duplicates().keys());
        summary("repeatedRows", summary.duplicates().repeatedRows());
        for (var group : summary.duplicates().groups()) {
            csv.writeRecord("#summary", "duplicate", group.maskedKey(), String.valueOf(group.count()), rows(group.rows()));
        }
        for (var key : summary.publishedKeys()) {
            csv.writeRecord("#summary", "publishedKey", key.productKey(), key.knownAs().name(),
                    ReportColumns.text(key.edition()), String.valueOf(key.count()), rows(key.rows()));
        }
        summary("editionMismatches", summary.editionMismatches().count());
        for (var mismatch : summary.editionMismatches().rows()) {
            csv.writeRecord("#summary", "editionMismatch", String.valueOf(mismatch.row()), mismatch.maskedKey(),
                    mismatch.keyEdition(), mismatch.rowEdition());
        }
        summary("complete", summary.complete());
        csv.flush();
    }

    private void summary(String name, Object value) {
        csv.writeRecord("#summary", name, String.valueOf(value));
    }

    private void counts(String name, Map<String, Integer> counts) {
        counts.forEach((key, n) -> csv.writeRecord("#summary", name, key, String.valueOf(n)));
    }

    private static String rows(List<Integer> rows) {
        return rows.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
