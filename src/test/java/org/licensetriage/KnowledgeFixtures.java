package org.licensetriage;

import java.nio.file.Path;
import java.util.List;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeBaseLoader;
import org.licensetriage.errors.KnowledgeFiles;

/** The knowledge base as shipped, loaded once for the tests of every package. */
public final class KnowledgeFixtures {

    public static final Path SHIPPED = Path.of("src/main/resources/knowledge");
    private static final KnowledgeBase KNOWLEDGE_BASE =
            new KnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(SHIPPED, "knowledge/"), List.of());

    private KnowledgeFixtures() {
    }

    public static KnowledgeBase knowledgeBase() {
        return KNOWLEDGE_BASE;
    }
}
