package org.licensetriage.errors;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The search postings of the shipped knowledge base, written into the jar by the build
 * ({@link ShippedKnowledgeFiles}) and read at start-up: indexing every text with Kuromoji took 1.25 s of CPU on
 * a cold JVM and made 140 MB of garbage, enough for G1 to grow the heap. When the entries loaded are not the
 * ones the file was written for (an operator's own files, a build that skipped the step), its fingerprint
 * differs and search indexes them at start-up as before.
 */
final class SearchIndexFile {

    static final String RESOURCE = "search-postings.bin";

    private SearchIndexFile() {
    }

    /** The postings the build wrote, or nothing when this build has none. */
    static @Nullable SearchPostings shipped() {
        try (InputStream in = SearchIndexFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            return SearchPostings.read(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the shipped search postings " + RESOURCE, e);
        }
    }

    static void write(SearchPostings postings, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        postings.write(data);
        data.flush();
    }
}
