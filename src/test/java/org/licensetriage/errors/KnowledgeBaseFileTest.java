package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;

/** The knowledge base the build writes into the jar, and when start-up may use it instead of the files. */
class KnowledgeBaseFileTest {

    private static final List<KnowledgeSource> FILES = KnowledgeFiles.fromDirectory(KnowledgeFixtures.SHIPPED, "knowledge/");

    @Test
    void theShippedKnowledgeBaseIsExactlyWhatLoadingTheFilesGives() {
        KnowledgeBase loaded = KnowledgeFixtures.knowledgeBase();
        KnowledgeBase shipped = KnowledgeBaseFile.shipped(FILES);

        assertThat(shipped).as("the build writes " + KnowledgeBaseFile.RESOURCE + " in process-classes").isNotNull();
        assertThat(shipped.version()).isEqualTo(loaded.version());
        assertThat(List.copyOf(shipped.entries())).isEqualTo(List.copyOf(loaded.entries()));
        for (CauseId id : CauseId.values()) {
            assertThat(shipped.cause(id)).isEqualTo(loaded.cause(id));
        }
        for (EscalationContact contact : EscalationContact.values()) {
            assertThat(shipped.contact(contact)).isEqualTo(loaded.contact(contact));
        }
        for (KnowledgeEntry entry : loaded.entries()) {
            for (ErrorCode alias : entry.aliases()) {
                assertThat(shipped.find(alias)).as("alias " + alias).contains(entry);
            }
        }
    }

    @Test
    void filesThatDifferFromTheOnesTheBuildReadAreLoadedInstead() {
        List<KnowledgeSource> changed = new ArrayList<>(FILES);
        KnowledgeSource first = changed.get(0);
        changed.set(0, new KnowledgeSource(first.name(),
                (new String(first.content(), StandardCharsets.UTF_8) + "\n# an operator's note\n")
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(KnowledgeBaseFile.shipped(changed)).isNull();
        assertThat(KnowledgeBaseFile.shipped(FILES.subList(1, FILES.size()))).isNull();
    }
}
