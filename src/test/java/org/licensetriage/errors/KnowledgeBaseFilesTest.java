package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge-base files shipped in the service load and pass validation. */
class KnowledgeBaseFilesTest {

    static KnowledgeBase shipped() {
        return org.licensetriage.KnowledgeFixtures.knowledgeBase();
    }

    @Test
    void shippedFilesLoadWithoutProblems() {
        try {
            KnowledgeBase kb = new KnowledgeBaseLoader().load(
                    KnowledgeFiles.fromDirectory(org.licensetriage.KnowledgeFixtures.SHIPPED, "knowledge/"), List.of());
            assertThat(kb.size()).isEqualTo(436);
        } catch (KnowledgeBaseException e) {
            fail(e.getMessage());
        }
    }
}
