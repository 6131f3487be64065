package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge-base files shipped in the service load and pass validation. */
class KnowledgeBaseFilesTest {

    static final Path SHIPPED = Path.of("src/main/resources/knowledge");

    static KnowledgeBase shipped() {
        return new KnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(SHIPPED, "knowledge/"), List.of());
    }

    @Test
    void shippedFilesLoadWithoutProblems() {
        try {
            assertThat(shipped().size()).isPositive();
        } catch (KnowledgeBaseException e) {
            fail(e.getMessage());
        }
    }
}
