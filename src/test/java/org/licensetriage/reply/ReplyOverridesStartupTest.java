package org.licensetriage.reply;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensetriage.LicenseTriageApplication;
import org.licensetriage.errors.KnowledgeBaseException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** An operator's replies file goes where the knowledge-base overrides go, and a broken one stops the start. */
class ReplyOverridesStartupTest {

    @Test
    void aBrokenRepliesFileInTheExtraDirectoryStopsTheStartNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("replies-local.yml"), """
                replies:
                  causes:
                    - id: KEY_TYPO
                      found: {en: "The key was mistyped."}
                      steps: [{step: openAdminPrompt}]
                      sendBack: [{en: "A screenshot", ja: "スクリーンショット"}]
                """);
        assertThatThrownBy(() -> new SpringApplicationBuilder(LicenseTriageApplication.class)
                .web(WebApplicationType.NONE).properties("licensetriage.knowledge.extra-dir=" + dir).run().close())
                .rootCause().isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(dir + "/replies-local.yml, cause KEY_TYPO (line 3): found: both languages are"
                        + " required (en present, ja missing)");
    }
}
