package org.licensetriage.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The reference lists of codes the knowledge base must cover (test resources, see their README). */
public final class ReferenceCodes {

    /** One definition of slerror.h: its code in canonical form and its symbolic name. */
    public record Definition(String code, String symbolicName) {
    }

    private ReferenceCodes() {
    }

    /** Every code of the activation reference list, in canonical form (0xC004F050), in the list's order. */
    public static List<String> all() {
        return lines("/reference/error-codes.txt").filter(line -> !line.startsWith("#")).map(String::strip).toList();
    }

    /** All 414 definitions of the current slerror.h (sl-codes.tsv: code, symbolic name, area, in the list above). */
    public static List<Definition> licensingCodes() {
        return lines("/reference/sl-codes.tsv").skip(1).map(line -> line.split("\t"))
                .map(cells -> new Definition(cells[0], cells[1])).toList();
    }

    private static Stream<String> lines(String resource) {
        try (InputStream in = ReferenceCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
