package org.licensetriage.errors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbolic names of 7,828 Windows codes (err.exe parity), from {@code reference/windows-error-names.tsv}:
 * names only, no message texts. Loaded once; a malformed row stops the start with its line.
 */
public final class WindowsErrorNames {

    static final String RESOURCE = "reference/windows-error-names.tsv";
    private static final String HEADER = "code\tsymbolic_names\tdefined_in";
    private static final WindowsErrorNames SHIPPED = load(RESOURCE);

    private final Map<Integer, List<String>> names;

    private WindowsErrorNames(Map<Integer, List<String>> names) {
        this.names = Map.copyOf(names);
    }

    /** The table shipped in the service, read when this class is first used (at start-up). */
    public static WindowsErrorNames shipped() {
        return SHIPPED;
    }

    /** The names of a code, most common first; empty when the headers define none. */
    public List<String> names(ErrorCode code) {
        return names.getOrDefault(code.value(), List.of());
    }

    public int size() {
        return names.size();
    }

    static WindowsErrorNames load(String resource) {
        try (InputStream in = WindowsErrorNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new KnowledgeBaseException(List.of(resource + ": not found on the classpath"));
            }
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    static WindowsErrorNames read(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!HEADER.equals(reader.readLine())) {
            throw new KnowledgeBaseException(List.of(name + ", line 1: expected the header " + HEADER.replace('\t', '|')));
        }
        Map<Integer, List<String>> names = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] cells = line.split("\t", -1);
            ErrorCode code = cells.length == 3 ? ErrorCode.parse(cells[0]).orElse(null) : null;
            if (code == null || !code.hex().equals(cells[0]) || cells[1].isBlank()
                    || names.put(code.value(), List.of(cells[1].split("\\|"))) != null) {
                throw new KnowledgeBaseException(List.of(name + ", line " + lineNumber
                        + ": expected a new canonical code, its names joined by | and the header it comes from"));
            }
        }
        return new WindowsErrorNames(names);
    }
}
