package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;

/** The search postings the build writes into the jar, and the knowledge bases they do not fit. */
class SearchIndexFileTest {

    @Test
    void theShippedPostingsAreExactlyWhatIndexingTheShippedEntriesGives() throws IOException {
        List<KnowledgeEntry> entries = List.copyOf(KnowledgeFixtures.knowledgeBase().entries());
        ByteArrayOutputStream built = new ByteArrayOutputStream();
        SearchIndexFile.write(SearchIndex.build(entries), built);

        byte[] shipped;
        try (InputStream in = SearchIndexFile.class.getResourceAsStream(SearchIndexFile.RESOURCE)) {
            assertThat(in).as("the build writes " + SearchIndexFile.RESOURCE + " in process-classes").isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(shipped).isEqualTo(built.toByteArray());

        SearchPostings read = SearchIndexFile.shipped();
        ByteArrayOutputStream readBack = new ByteArrayOutputStream();
        SearchIndexFile.write(read, readBack);
        assertThat(readBack.toByteArray()).as("every term and score read back").isEqualTo(shipped);
        assertThat(read.fingerprint()).isEqualTo(SearchIndex.fingerprint(entries));
    }

    @Test
    void anOperatorsChangedEntryIsFoundByItsOwnWordsNotTheShippedOnes() {
        KnowledgeBase withOverride = new KnowledgeBaseLoader().load(
                KnowledgeFiles.fromDirectory(KnowledgeFixtures.SHIPPED, "knowledge/"),
                List.of(TestKnowledge.source("/etc/triage/local.yml", "entries:\n"
                        + TestKnowledge.entry("0xC004F050", "{en: \"Zanzibar licence fault\", ja: \"ザンジバル認証障害\"}"))));

        assertThat(withOverride.search("zanzibar", null)).extracting(h -> h.entry().code().hex())
                .first().isEqualTo("0xC004F050");
        assertThat(withOverride.search("ザンジバル", null)).extracting(h -> h.entry().code().hex())
                .first().isEqualTo("0xC004F050");
        assertThat(KnowledgeFixtures.knowledgeBase().search("zanzibar", null)).isEmpty();
    }
}
