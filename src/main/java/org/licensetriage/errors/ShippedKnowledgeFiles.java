package org.licensetriage.errors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Run by the build (Maven's {@code process-classes} phase): loads and validates the knowledge files under
 * {@code <classes>/knowledge} and writes what start-up would otherwise compute from them beside these classes:
 * the knowledge base ({@link KnowledgeBaseFile}) and its search postings ({@link SearchIndexFile}). A knowledge
 * base that does not load fails the build with its problems.
 */
public final class ShippedKnowledgeFiles {

    private ShippedKnowledgeFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedKnowledgeFiles <classes directory>");
        }
        Path classes = Path.of(args[0]);
        KnowledgeBase knowledgeBase = new KnowledgeBaseLoader().load(
                KnowledgeFiles.fromDirectory(classes.resolve("knowledge"), "knowledge/"), List.of());
        Path here = classes.resolve(ShippedKnowledgeFiles.class.getPackageName().replace('.', '/'));
        write(here.resolve(KnowledgeBaseFile.RESOURCE), out -> KnowledgeBaseFile.write(knowledgeBase, out));
        write(here.resolve(SearchIndexFile.RESOURCE), out -> SearchIndexFile.write(knowledgeBase.searchPostings(), out));
        System.out.println("Knowledge base " + knowledgeBase.version() + " (" + knowledgeBase.size()
                + " entries) and its search postings written to " + here);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    // Written aside and moved, so a failed build never leaves half a file for the next start to read.
    private static void write(Path target, Content content) throws IOException {
        Path written = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            content.writeTo(out);
        }
        Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
