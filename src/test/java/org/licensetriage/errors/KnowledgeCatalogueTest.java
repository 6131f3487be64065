package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.licensetriage.errors.TestKnowledge.catalogue;
import static org.licensetriage.errors.TestKnowledge.entry;
import static org.licensetriage.errors.TestKnowledge.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.i18n.LocalizedText;

/** Steps and prepare items written once in the catalogue, entries referring to them, contacts, short entries. */
class KnowledgeCatalogueTest {

    private static final String STEPS = """
            steps:
              - id: ACTIVATE_ONLINE
                title: {en: "Activate", ja: "ライセンス認証を実行する"}
                detail: {en: "Run slmgr /ato.", ja: "slmgr /ato を実行します。"}
                command: slmgr /ato
            prepare:
              - id: SLMGR_DLI_OUTPUT
                en: The output of slmgr /dli
                ja: slmgr /dli の実行結果
            """;

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    private KnowledgeBase load(String entries) {
        return loader.load(List.of(catalogue(), source("knowledge/steps/common.yml", STEPS),
                source("knowledge/errors/test.yml", "entries:\n" + entries)), List.of());
    }

    private List<String> problemsOf(String entries) {
        return catchThrowableOfType(KnowledgeBaseException.class, () -> load(entries)).problems();
    }

    /** A valid entry whose resolution and escalation are replaced by the given YAML (indented as in a file). */
    private static String entryWith(String code, String resolution, String prepare) {
        String entry = entry(code);
        entry = entry.substring(0, entry.indexOf("    resolution:")) + "    resolution:\n" + resolution
                + entry.substring(entry.indexOf("    escalation:"));
        return entry.replace("      when: {en: \"If it keeps failing.\", ja: \"解決しない場合。\"}\n",
                "      when: {en: \"If it keeps failing.\", ja: \"解決しない場合。\"}\n      prepare:\n" + prepare);
    }

    @Test
    void aStepReferenceShowsTheCatalogueTextWithTheEntrysAddition() {
        KnowledgeBase kb = load(entryWith("0xC004F050", """
                      - step: ACTIVATE_ONLINE
                      - step: ACTIVATE_ONLINE
                        more: {en: "A KMS client needs its host.", ja: "KMS クライアントにはホストが必要です。"}
                        command: slmgr /ato 1f2e3d4c-0000-0000-0000-000000000000
                      - title: {en: "Call the seller", ja: "購入先に連絡する"}
                        detail: {en: "Ask for a new key.", ja: "新しいキーを依頼します。"}
                """, """
                        - item: SLMGR_DLI_OUTPUT
                        - {en: "A photo of the label", ja: "ラベルの写真"}
                """));
        KnowledgeEntry entry = kb.find(new ErrorCode(0xC004F050)).orElseThrow();
        assertThat(entry.resolution()).containsExactly(
                new ResolutionStep(new LocalizedText("Activate", "ライセンス認証を実行する"),
                        new LocalizedText("Run slmgr /ato.", "slmgr /ato を実行します。"), "slmgr /ato"),
                new ResolutionStep(new LocalizedText("Activate", "ライセンス認証を実行する"),
                        new LocalizedText("Run slmgr /ato. A KMS client needs its host.",
                                "slmgr /ato を実行します。KMS クライアントにはホストが必要です。"),
                        "slmgr /ato 1f2e3d4c-0000-0000-0000-000000000000"),
                new ResolutionStep(new LocalizedText("Call the seller", "購入先に連絡する"),
                        new LocalizedText("Ask for a new key.", "新しいキーを依頼します。"), null));
        assertThat(entry.escalation().prepare()).containsExactly(
                new LocalizedText("The output of slmgr /dli", "slmgr /dli の実行結果"),
                new LocalizedText("A photo of the label", "ラベルの写真"));
    }

    @Test
    void anUnknownStepNamesTheFileAndTheLineOfTheReference() {
        String entries = entry("0xC004F051") + entryWith("0xC004F050", """
                      - step: ACTIVATE_ONLINE
                      - step: ACTIVATE_ONLNE
                """, """
                        - item: SLMGR_DLI_OUTPUT
                        - item: SLMGR_DLV_OUTPUT
                """);
        assertThat(problemsOf(entries)).containsExactly(
                "knowledge/errors/test.yml, line " + lineOf(entries, "ACTIVATE_ONLNE") + ": 0xC004F050 resolution[1]:"
                        + " no step 'ACTIVATE_ONLNE' in the catalogue",
                "knowledge/errors/test.yml, line " + lineOf(entries, "SLMGR_DLV_OUTPUT") + ": 0xC004F050"
                        + " escalation.prepare[1]: no prepare item 'SLMGR_DLV_OUTPUT' in the catalogue");
    }

    /** The line of the file (after its "entries:" line) that holds the text. */
    private static int lineOf(String entries, String text) {
        List<String> lines = ("entries:\n" + entries).lines().toList();
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text))
                .findFirst().orElseThrow() + 1;
    }

    @Test
    void aStepReferenceCannotRewordTheCatalogueTitle() {
        assertThat(problemsOf(entryWith("0xC004F050", """
                      - step: ACTIVATE_ONLINE
                        title: {en: "Activate now", ja: "今すぐ認証する"}
                """, "        - item: SLMGR_DLI_OUTPUT\n"))).singleElement().asString()
                .endsWith("0xC004F050 resolution[0]: a catalogue step takes only 'more' and 'command' (found 'title')");
    }

    @Test
    void catalogueItemsAreValidatedWithTheirFileAndLine() {
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class, () -> loader.load(List.of(
                catalogue(), source("knowledge/steps/broken.yml", """
                        steps:
                          - id: activate
                            title: {en: "Activate", ja: "認証する"}
                            detail: {en: "Run slmgr /ato."}
                        """), source("knowledge/errors/test.yml", "entries:\n" + entry("0xC004F050"))), List.of()));
        assertThat(e.problems()).containsExactly(
                "knowledge/steps/broken.yml, step activate (line 2): id 'activate' must be upper-case letters, digits"
                        + " and _ (e.g. ACTIVATE_ONLINE)",
                "knowledge/steps/broken.yml, step activate (line 2): detail: both languages are required (en present,"
                        + " ja missing)");
    }

    @Test
    void everyContactIsDescribedOnceAndShownWithTheEscalation() {
        KnowledgeBase kb = load(entry("0xC004F050"));
        assertThat(kb.contact(EscalationContact.VENDOR).reach().ja()).isEqualTo("VENDOR に連絡します。");

        String withoutOem = new String(catalogue().content(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("  - id: OEM\\n.*\\n.*\\n", "");
        assertThat(catchThrowableOfType(KnowledgeBaseException.class, () -> loader.load(List.of(
                source("knowledge/causes.yml", withoutOem), source("e.yml", "entries:\n" + entry("0xC004F050"))),
                List.of())).problems()).containsExactly("contacts: no description of contact OEM");
    }

    @Test
    void aShortEntryMayLeaveOutMessagesProductsAndActivationTypes() {
        String full = entry("0xC004B001");
        String bare = full.substring(0, full.indexOf("    messages:")) + full.substring(full.indexOf("    causes:"))
                .replace("    appliesTo: [Windows 11]\n", "").replace("    activationTypes: [RETAIL]\n", "");
        assertThat(problemsOf(bare)).extracting(p -> p.substring(p.indexOf("): ") + 3)).containsExactly(
                "messages: at least one on-screen message in each language (en and ja) is required",
                "appliesTo: at least one product is required",
                "activationTypes: at least one activation type is required");

        KnowledgeEntry shortEntry = load(bare.replace("    category:", "    short: true\n    category:"))
                .find(new ErrorCode(0xC004B001)).orElseThrow();
        assertThat(shortEntry.messages().en()).isEmpty();
        assertThat(shortEntry.resolution()).hasSize(1);
    }

    @Test
    void anAliasFindsTheEntryOfTheCurrentNumber() {
        String current = entry("0xC014C052").replace("    category:", "    aliases: [\"0xC004C052\"]\n    category:");
        KnowledgeBase kb = load(current);
        assertThat(kb.find(new ErrorCode(0xC004C052))).get().extracting(KnowledgeEntry::code)
                .isEqualTo(new ErrorCode(0xC014C052));
        assertThat(kb.size()).isEqualTo(1);

        assertThat(problemsOf(current + entry("0xC004C052"))).singleElement().asString()
                .endsWith("0xC014C052 (line 2): alias 0xC004C052 has an entry of its own");
    }
}
