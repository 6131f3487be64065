package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that writes the shipped knowledge base into the jar. */
class ShippedKnowledgeFilesTest {

    @Test
    void aBrokenBuiltInFileFailsTheBuildWithItsNameAndLineAndWritesNothing(@TempDir Path classes) throws IOException {
        Path knowledge = Files.createDirectories(classes.resolve("knowledge/errors"));
        Files.writeString(classes.resolve("knowledge/causes.yml"),
                new String(TestKnowledge.catalogue().content(), java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(knowledge.resolve("product-key.yml"), "entries:\n"
                + TestKnowledge.entry("0xC004F050", "{en: \"Invalid key\"}"));

        KnowledgeBaseException failure = catchThrowableOfType(KnowledgeBaseException.class,
                () -> ShippedKnowledgeFiles.main(new String[] {classes.toString()}));

        assertThat(failure.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("knowledge/errors/product-key.yml, 0xC004F050 (line 2)").contains("ja"));
        assertThat(classes.resolve("org/licensetriage/errors")).doesNotExist();
    }
}
