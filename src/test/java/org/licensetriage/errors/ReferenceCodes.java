package org.licensetriage.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reference list of activation error codes the knowledge base must cover (test resource, see its README). */
public final class ReferenceCodes {

    private static final String RESOURCE = "/reference/error-codes.txt";

    private ReferenceCodes() {
    }

    /** Every code of the list, in canonical form (0xC004F050), in the list's order. */
    public static List<String> all() {
        try (InputStream in = ReferenceCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
