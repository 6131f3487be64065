package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.errors.TestKnowledge.catalogue;
import static org.licensetriage.errors.TestKnowledge.entry;
import static org.licensetriage.errors.TestKnowledge.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.i18n.Language;

class KnowledgeBaseLoaderTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    private KnowledgeBaseException problemsOf(String yaml) {
        return (KnowledgeBaseException) org.assertj.core.api.Assertions.catchThrowable(() ->
                loader.load(List.of(catalogue(), source("knowledge/errors/test.yml", yaml)), List.of()));
    }

    @Test
    void validFilesLoadIntoLookups() {
        KnowledgeBase kb = loader.load(List.of(catalogue(),
                source("knowledge/errors/test.yml", "entries:\n" + entry("0xC004F050") + entry("0xC004F051"))),
                List.of());
        assertThat(kb.size()).isEqualTo(2);
        assertThat(kb.find(new ErrorCode(0xC004F050))).get()
                .satisfies(e -> assertThat(e.title().in(Language.JA)).isEqualTo("タイトル 0xC004F050"));
        assertThat(kb.cause(CauseId.GRACE_PERIOD_EXPIRED).title().en()).isEqualTo("Cause GRACE_PERIOD_EXPIRED");
        assertThat(kb.version()).hasSize(12);
    }

    @Test
    void missingJapaneseTextNamesTheFileEntryLineAndField() {
        KnowledgeBaseException e = problemsOf("entries:\n" + entry("0xC004F050")
                + entry("0xC004F051", "{en: \"English only\"}"));
        assertThat(e.problems()).containsExactly(
                "knowledge/errors/test.yml, 0xC004F051 (line 22): title: both languages are required (en present, ja missing)");
    }

    @Test
    void causeIdOutsideTheVocabularyFailsWithTheAllowedIds() {
        KnowledgeBaseException e = problemsOf("entries:\n" + entry("0xC004F050").replace("id: KEY_TYPO", "id: KEY_TYPOS"));
        assertThat(e.getMessage()).contains("knowledge/errors/test.yml, 0xC004F050 (line 2)").contains("KEY_TYPOS")
                .contains("KEY_TYPO").contains("GRACE_PERIOD_EXPIRED");
    }

    @Test
    void misspeltFieldIsAnError() {
        KnowledgeBaseException e = problemsOf("entries:\n" + entry("0xC004F050").replace("summary:", "sumary:"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("knowledge/errors/test.yml, 0xC004F050 (line 2): Unrecognized property \"sumary\""));
    }

    @Test
    void brokenYamlNamesTheLine() {
        KnowledgeBaseException e = problemsOf("entries:\n" + entry("0xC004F050") + "  - code: [unclosed\n");
        assertThat(e.getMessage()).contains("knowledge/errors/test.yml, line 2");
    }

    @Test
    void everyEmptyRequiredListIsReported() {
        String bare = """
                entries:
                  - code: "0xC004F050"
                    category: PRODUCT_KEY
                    title: {en: "T", ja: "タ"}
                    summary: {en: "S", ja: "サ"}
                """;
        assertThat(problemsOf(bare).problems()).extracting(p -> p.substring(p.indexOf(": ") + 2)).containsExactly(
                "messages: at least one on-screen message in each language (en and ja) is required",
                "causes: at least one cause is required",
                "resolution: at least one step is required",
                "escalation is missing",
                "appliesTo: at least one product is required",
                "activationTypes: at least one activation type is required",
                "sources: at least one source URL is required");
    }

    @Test
    void codesMustBeCanonicalAndReferencesMustExist() {
        assertThat(problemsOf("entries:\n" + entry("c004f050")).getMessage())
                .contains("canonical form, e.g. \"0xC004F050\"");
        assertThat(problemsOf("entries:\n" + entry("0xC004F050")
                + "    relatedCodes: [\"0xC004F099\"]\n").problems())
                .containsExactly("knowledge/errors/test.yml, 0xC004F050 (line 2): relatedCodes: 0xC004F099 is not in the knowledge base");
    }

    @Test
    void duplicateCodeAndFoldedJapaneseAreReported() {
        assertThat(problemsOf("entries:\n" + entry("0xC004F050") + entry("0xC004F050")).getMessage())
                .contains("0xC004F050 is already defined at knowledge/errors/test.yml, 0xC004F050 (line 2)");
        assertThat(problemsOf("entries:\n" + entry("0xC004F050", "{en: \"T\", ja: \"キーが 無効です\"}")).getMessage())
                .contains("title.ja: stray space");
        assertThat(loader.load(List.of(catalogue(), source("a.yml", "entries:\n"
                + entry("0xC004F050", "{en: \"T\", ja: \"プロダクト キーが無効\"}"))), List.of()).size()).isEqualTo(1);
    }

    @Test
    void sourcesMustBeUrlsAndTheCatalogueComplete() {
        assertThat(problemsOf("entries:\n" + entry("0xC004F050").replace("sources: [https://", "sources: [learn."))
                .getMessage()).contains("is not an http(s) URL");
        assertThatThrownBy(() -> loader.load(List.of(source("e.yml", "entries:\n" + entry("0xC004F050"))), List.of()))
                .hasMessageContaining("cause catalogue: no description of cause KEY_TYPO");
    }

    @Test
    void overridesReplaceBuiltInEntriesAndAreValidatedAlike() {
        List<KnowledgeSource> builtIn = List.of(catalogue(), source("b.yml", "entries:\n" + entry("0xC004F050")));
        KnowledgeBase kb = loader.load(builtIn, List.of(source("/etc/extra/o.yml", "entries:\n"
                + entry("0xC004F050", "{en: \"Local text\", ja: \"社内向けの説明\"}") + entry("0xC004F051"))));
        assertThat(kb.size()).isEqualTo(2);
        assertThat(kb.find(new ErrorCode(0xC004F050)).orElseThrow().title().en()).isEqualTo("Local text");
        assertThat(kb.version()).isNotEqualTo(loader.load(builtIn, List.of()).version());

        assertThatThrownBy(() -> loader.load(builtIn, List.of(source("/etc/extra/o.yml", "entries:\n"
                + entry("0xC004F050", "{en: \"Only English\"}")))))
                .hasMessageContaining("/etc/extra/o.yml, 0xC004F050 (line 2): title: both languages are required");
    }
}
