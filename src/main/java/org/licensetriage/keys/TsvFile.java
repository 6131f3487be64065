package org.licensetriage.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reads a tab-separated file with a fixed header; a bad row is reported by file and line, never by its content. */
final class TsvFile {

    private TsvFile() {
    }

    /** One data row with its line number, for error messages. */
    record Row(String file, int line, String[] cells) {

        String get(int column) {
            return cells[column];
        }

        KeyCatalogException problem(String what) {
            return new KeyCatalogException(file + ", line " + line + ": " + what);
        }

        int intIn(int column, String name, int min, int max) {
            try {
                int value = Integer.parseInt(cells[column]);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw problem("column " + name + " must be a whole number from " + min + " to " + max);
        }
    }

    static <T> List<T> read(String resource, List<String> header, Function<Row, T> mapper) {
        try (InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new KeyCatalogException(resource + ": not found on the classpath");
            }
            return read(resource, in, header, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    static <T> List<T> read(String name, InputStream in, List<String> header, Function<Row, T> mapper)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null || !Arrays.asList(first.split("\t", -1)).equals(header)) {
            throw new KeyCatalogException(name + ", line 1: expected the header " + String.join(" | ", header));
        }
        List<T> rows = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(name, lineNumber, cells);
            if (cells.length != header.size()) {
                throw row.problem("expected " + header.size() + " tab-separated columns, found " + cells.length);
            }
            rows.add(mapper.apply(row));
        }
        return rows;
    }
}
