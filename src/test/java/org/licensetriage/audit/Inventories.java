package org.licensetriage.audit;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.KeyFixtures;

/** Inventory files for the audit tests: keys valid by construction or published ones, never private keys. */
final class Inventories {

    /** Win 10/11 Pro retail, Home retail and Pro MAK keys made by the key encoder (groups 3309, 3262, 3312). */
    static final String PRO = KeyFixtures.key(3309, 101);
    static final String HOME = KeyFixtures.key(3262, 202);
    static final String MAK = KeyFixtures.key(3312, 303);
    /** Published: the Pro KMS client key, the Pro generic key, and the generic key with its 6 read as G. */
    static final String KMS_PRO = "W269N-WFGWX-YVC9B-4J6C9-T83GX";
    static final String GENERIC_PRO = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    static final String GENERIC_PRO_TYPO = "VK7JG-NPHTM-C97JM-9MPGT-3V6GT";

    static final AuditLimits LIMITS = new AuditLimits(64L << 20, 500_000, 1000, 4096, 65536);
    static final InventoryAudit AUDIT = new InventoryAudit(KeyFixtures.analyser(), LIMITS);
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Inventories() {
    }

    static AuditOptions options() {
        return new AuditOptions(null, null, null, null, false, Language.EN);
    }

    /** An audit's CSV report and summary. */
    record Report(String text, AuditSummary summary) {

        /** The report's rows, header first, without the {@code #} trailer. */
        List<CsvRecord> records() {
            try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                    .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text.substring(1))) {
                return reader.stream().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The report's row for a data row (1 is the first after the header). */
        CsvRecord row(int n) {
            return records().get(n);
        }

        String cell(int row, String column) {
            List<String> header = records().get(0).getFields();
            return row(row).getField(header.indexOf(column));
        }
    }

    static Report csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8), options());
    }

    static Report csv(byte[] bytes, AuditOptions options) {
        return csv(bytes, options, AUDIT, false);
    }

    static Report csv(byte[] bytes, AuditOptions options, InventoryAudit audit, boolean answerStarted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AuditSummary summary = audit.run(new ByteArrayInputStream(bytes), options, new CsvAuditReport(out),
                    () -> answerStarted);
            return new Report(out.toString(StandardCharsets.UTF_8), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        System.arraycopy(BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }
}
