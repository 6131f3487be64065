package org.licensetriage.audit;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyAnalysis;

/**
 * Audits an inventory: reads the CSV record by record (FastCSV), analyses each row's key, writes each row to
 * the report as soon as it is analysed, and ends with the summary. Nothing but the current row and the tally
 * is held, so memory does not grow with the file.
 *
 * <p>A broken file (unclosed quote, too many columns, undecodable bytes …) is refused with an
 * {@link InventoryFileException} while the caller can still refuse the whole answer; once the answer has
 * started, the report ends with the error and a summary marked incomplete instead. A bad row that is still a
 * row (an empty or malformed key, missing cells) is reported on its row and never stops the audit.
 */
public final class InventoryAudit {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final KeyAnalyser analyser;
    private final AuditLimits limits;

    public InventoryAudit(KeyAnalyser analyser, AuditLimits limits) {
        this.analyser = analyser;
        this.limits = limits;
    }

    /**
     * Runs the audit. {@code answerStarted} tells whether part of the report has already reached the client:
     * before that, a broken file throws; after it, the error goes into the report.
     */
    AuditSummary run(InputStream body, AuditOptions options, AuditReport report, BooleanSupplier answerStarted)
            throws IOException {
        InventoryEncoding.Opened opened = InventoryEncoding.open(body, options.charset(), options.delimiter(),
                limits.maxBytes());
        AuditTally tally = new AuditTally(options.language());
        InventoryColumns columns = null;
        long line = 1;
        try (CsvReader<CsvRecord> reader = reader(opened)) {
            int row = 0;
            for (var records = reader.iterator(); hasNext(records); ) {
                CsvRecord record = records.next();
                line = record.getStartingLineNumber();
                row++;
                if (columns == null) {
                    columns = InventoryColumns.of(record.getFields(), options.keyColumn(), options.editionColumn());
                    report.start(columns, opened.encoding());
                    continue;
                }
                if (blank(record)) {
                    tally.blankRow();
                    continue;
                }
                if (tally.rows() == limits.maxRows()) {
                    throw tooManyRows(line);
                }
                report.row(audit(row, record, columns, options, tally));
            }
            if (columns == null) {
                throw InventoryEncoding.empty();
            }
            AuditSummary summary = tally.summary(input(opened.encoding(), columns), null);
            report.end(summary);
            return summary;
        } catch (InventoryFileException e) {
            if (columns == null || !answerStarted.getAsBoolean()) {
                throw e;
            }
            AuditSummary summary = tally.summary(input(opened.encoding(), columns),
                    new AuditSummary.FileError(e.problem(), e.line(), e.detail().in(options.language())));
            report.end(summary);
            return summary;
        }
    }

    private AuditRow audit(int row, CsvRecord record, InventoryColumns columns, AuditOptions options,
            AuditTally tally) {
        String key = cell(record, columns.key());
        String edition = columns.hasEdition() ? cell(record, columns.edition()) : null;
        KeyAnalysis analysis = analyser.analyse(key, edition == null || edition.isBlank() ? null : edition);
        int slot = tally.add(row, analysis, edition);
        DuplicateKeys duplicates = tally.duplicates();
        List<String> values = record.getFields();
        String suggestion = analysis.suggestionUnique() ? analysis.suggestions().get(0).productKey() : null;
        if (options.maskKeys()) {
            values = new ArrayList<>(values);
            if (columns.key() < values.size()) {
                values.set(columns.key(), analysis.maskedKey());
            }
            suggestion = suggestion == null ? null : org.licensetriage.keys.ProductKeys.mask(suggestion);
        }
        return new AuditRow(row, record.getStartingLineNumber(), values, analysis,
                tally.edition(analysis.key()), suggestion, slot < 0 ? 0 : duplicates.count(slot),
                slot < 0 ? 0 : duplicates.firstRow(slot));
    }

    private static String cell(CsvRecord record, int index) {
        return index < record.getFieldCount() ? record.getField(index) : "";
    }

    private static boolean blank(CsvRecord record) {
        for (String field : record.getFields()) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static AuditSummary.Input input(InventoryEncoding encoding, InventoryColumns columns) {
        return new AuditSummary.Input(encoding.charset().name(), encoding.bom(), encoding.delimiterName(),
                columns.header().get(columns.key()),
                columns.hasEdition() ? columns.header().get(columns.edition()) : null, columns.header().size());
    }

    private CsvReader<CsvRecord> reader(InventoryEncoding.Opened opened) {
        CsvRecordHandler handler = CsvRecordHandler.builder().maxFields(limits.maxColumns())
                .maxFieldSize(limits.maxCellLength()).maxRecordSize(limits.maxRowLength()).build();
        return CsvReader.builder().fieldSeparator(opened.encoding().delimiter()).skipEmptyLines(false)
                .allowUnclosedQuote(false).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(Math.max(limits.maxRowLength(), 64 * 1024))
                .build(handler, opened.reader());
    }

    /** Advances the parser, turning its errors into the file problems the API names. */
    private boolean hasNext(java.util.Iterator<CsvRecord> records) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            // The decoder's own problems (undecodable bytes, too many bytes) arrive wrapped by the parser.
            if (e.getCause() instanceof InventoryFileException file) {
                throw file;
            }
            throw fileProblem(e);
        }
    }

    private InventoryFileException fileProblem(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = LINE.matcher(message);
        long line = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        if (message.contains("maximum limit of") && message.contains("fields")) {
            return new InventoryFileException(InventoryProblem.TOO_MANY_COLUMNS, line, new LocalizedText(
                    "Line " + line + " has more than " + limits.maxColumns() + " columns.",
                    line + " 行目の列が " + limits.maxColumns() + " 列を超えています。"));
        }
        if (message.contains("max field size")) {
            return new InventoryFileException(InventoryProblem.CELL_TOO_LONG, line, new LocalizedText(
                    "A cell of the row at line " + line + " has more than " + limits.maxCellLength()
                            + " characters.",
                    line + " 行目の行に " + limits.maxCellLength() + " 文字を超えるセルがあります。"));
        }
        if (message.contains("max record size")) {
            return new InventoryFileException(InventoryProblem.ROW_TOO_LONG, line, new LocalizedText(
                    "The row at line " + line + " has more than " + limits.maxRowLength() + " characters.",
                    line + " 行目の行が " + limits.maxRowLength() + " 文字を超えています。"));
        }
        if (message.contains("after closing quote")) {
            return new InventoryFileException(InventoryProblem.CHARACTERS_AFTER_QUOTE, line, new LocalizedText(
                    "In the row at line " + line + ", a quoted cell is followed by more text before the next"
                            + " delimiter; double a quote inside a quoted cell (\"\").",
                    line + " 行目の行で、引用符で囲まれたセルの閉じ引用符の後に文字が続いています。セル内の引用符は"
                            + " \"\" のように 2 つ重ねてください。"));
        }
        // An unclosed quote: at the end of the file, or a quoted cell that runs on past the buffer.
        return new InventoryFileException(InventoryProblem.UNCLOSED_QUOTE, line, new LocalizedText(
                "The quote that opens a cell in the row at line " + line + " is never closed.",
                line + " 行目の行で、セルを囲む引用符が閉じられていません。"));
    }

    private InventoryFileException tooManyRows(long line) {
        return new InventoryFileException(InventoryProblem.TOO_MANY_ROWS, line, new LocalizedText(
                "The file has more than " + limits.maxRows() + " rows, the most one audit takes; the rows from line "
                        + line + " on were not read. Split the file.",
                "1 回の監査で扱える " + limits.maxRows() + " 行を超えています。" + line
                        + " 行目以降は読み取っていません。ファイルを分割してください。"));
    }
}
