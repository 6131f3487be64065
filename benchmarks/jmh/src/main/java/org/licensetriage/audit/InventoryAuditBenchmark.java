package org.licensetriage.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.InventoryFiles;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows per second of the audit on one thread, without HTTP: a 10,000-row inventory ({@link InventoryFiles})
 * read, analysed and written as the CSV or JSON-lines report to nowhere; and the analyser alone over the same
 * keys, which is what the JSON batch does per item.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InventoryAuditBenchmark {

    private static final int ROWS = 10_000;

    private byte[] file;
    private List<String> keys;
    private KeyAnalyser analyser;
    private InventoryAudit audit;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AuditOptions options = new AuditOptions(null, null, null, null, false, Language.EN);

    @Setup
    public void setUp() throws IOException {
        Path path = Files.createTempFile("inventory-", ".csv");
        InventoryFiles.main(new String[] {path.toString(), String.valueOf(ROWS)});
        file = Files.readAllBytes(path);
        keys = Files.readAllLines(path).stream().skip(1).map(line -> line.split(",")[2]).toList();
        Files.delete(path);
        analyser = new KeyAnalyser(KeyCatalog.load());
        audit = new InventoryAudit(analyser, new AuditLimits(32L << 20, 500_000, 1000, 4096, 65536));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int csvReport() throws IOException {
        return audit.run(new ByteArrayInputStream(file), options, new CsvAuditReport(OutputStream.nullOutputStream()),
                () -> true).rows();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int jsonLinesReport() throws IOException {
        return audit.run(new ByteArrayInputStream(file), options,
                new JsonLinesAuditReport(OutputStream.nullOutputStream(), json, false), () -> true).rows();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int analyserAlone() {
        int valid = 0;
        for (String key : keys) {
            valid += analyser.analyse(key, null).valid() ? 1 : 0;
        }
        return valid;
    }
}
