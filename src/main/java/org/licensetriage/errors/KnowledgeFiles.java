package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the knowledge-base files ({@code *.yml}, {@code *.yaml}) below a directory, in name order. */
public final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    /** The files below {@code root}, each named by {@code prefix} and its path relative to the root. */
    public static List<KnowledgeSource> fromDirectory(Path root, String prefix) {
        if (!Files.isDirectory(root)) {
            throw new KnowledgeBaseException(List.of(root + ": knowledge directory does not exist"));
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> new KnowledgeSource(prefix + root.relativize(p).toString().replace('\\', '/'), read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
