package org.licensetriage.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.KnowledgeBaseException;
import org.licensetriage.errors.KnowledgeFiles;
import org.licensetriage.errors.KnowledgeSource;
import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.errors.TestKnowledge;

class ReplyTextsLoaderTest {

    private static final List<KnowledgeSource> SHIPPED = KnowledgeFiles.fromDirectory(KnowledgeFixtures.SHIPPED, "knowledge/");

    private static ReplyTexts withOverride(String yaml) {
        return new ReplyTextsLoader().load(new KnowledgeSources(SHIPPED,
                List.of(TestKnowledge.source("/etc/triage/replies-local.yml", yaml))));
    }

    private static List<String> problemsOf(String yaml) {
        return catchThrowableOfType(KnowledgeBaseException.class, () -> withOverride(yaml)).problems();
    }

    @Test
    void anOperatorsFileReplacesTextsAndCausesByName() {
        ReplyTexts texts = withOverride("""
                replies:
                  texts:
                    closing: {en: "Kind regards, the Contoso help desk", ja: "Contoso ヘルプデスク"}
                  causes:
                    - id: CLOCK_SKEW
                      found: {en: "Your clock is off.", ja: "時計がずれています。"}
                      steps:
                        - step: openAdminPrompt
                      sendBack:
                        - {en: "A photo of the clock", ja: "時計の写真"}
                """);
        assertThat(texts.text(Framing.CLOSING).en()).isEqualTo("Kind regards, the Contoso help desk");
        assertThat(texts.cause(CauseId.CLOCK_SKEW).found().ja()).isEqualTo("時計がずれています。");
        assertThat(texts.cause(CauseId.CLOCK_SKEW).steps().get(0).text().en()).startsWith("Type cmd");
        assertThat(texts.cause(CauseId.KEY_TYPO)).isEqualTo(ReplyFixtures.texts().cause(CauseId.KEY_TYPO));
    }

    @Test
    void anOperatorsRepliesAreReadHoweverTheTopLevelIsWritten() {
        String closing = "{en: \"Kind regards, Contoso\", ja: \"Contoso ヘルプデスク\"}";
        for (String yaml : List.of(
                "# our replies\n\"replies\":\n  texts:\n    closing: " + closing + "\n",
                "\uFEFFreplies :\n  texts:\n    closing: " + closing + "\n",
                "---\nreplies: {texts: {closing: " + closing + "}}\n",
                "{replies: {texts: {closing: " + closing + "}}}\n")) {
            assertThat(withOverride(yaml).text(Framing.CLOSING).en()).as(yaml).isEqualTo("Kind regards, Contoso");
        }
    }

    @Test
    void aBrokenRepliesFileNamesTheFileTheLineAndWhatIsWrong() {
        List<String> problems = problemsOf("""
                replies:
                  texts:
                    greeting:
                      en: "Hello {customerName}"
                      ja: "お問い合わせありがとうございます。"
                    greting: {en: "Hi", ja: "こんにちは"}
                  steps:
                    openMenu:
                      en: "Open the menu"
                      ja: "メニューを開く 画面です"
                  causes:
                    - id: KEY_TYPO
                      found: {en: "Mistyped"}
                      steps:
                        - step: noSuchStep
                      sendBack:
                        - {en: "A screenshot", ja: "スクリーンショット"}
                    - id: KEY_TYPOS
                      found: {en: "x", ja: "x"}
                      steps: [{en: "x", ja: "x"}]
                      sendBack: [{en: "x", ja: "x"}]
                  contact: []
                """);
        String file = "/etc/triage/replies-local.yml, ";
        assertThat(problems).contains(
                file + "text greeting (line 3): en: unknown placeholder {customerName} (allowed here: none)",
                file + "text greting (line 6): unknown text 'greting'",
                file + "cause KEY_TYPO (line 12): found: both languages are required (en present, ja missing)",
                file + "cause KEY_TYPO (line 12): steps[0] refers to the unknown step 'noSuchStep'",
                "/etc/triage/replies-local.yml, line 22: unknown part 'contact' of replies (expected texts, steps,"
                        + " causes or contacts)");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + "step openMenu (line 8): text: ja: stray space"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + "KEY_TYPOS (line 18): ")
                .contains("KEY_TYPOS").contains("GRACE_PERIOD_EXPIRED"));
    }

    @Test
    void aPlaceholderIsAllowedOnlyWhereTheWriterHasItsValue() {
        assertThat(problemsOf("""
                replies:
                  texts:
                    readEdition: {en: "Edition: {errorCode}", ja: "エディション: {edition}"}
                """)).containsExactly("/etc/triage/replies-local.yml, text readEdition (line 3): en: unknown placeholder"
                + " {errorCode} (allowed here: edition)");
    }

    @Test
    void everyCauseContactAndTextMustBeWritten() {
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class, () -> new ReplyTextsLoader().load(
                new KnowledgeSources(List.of(TestKnowledge.source("knowledge/replies.yml", "replies:\n  texts: {}\n")),
                        List.of())));
        assertThat(e.problems()).contains("replies: no reply for cause KEY_TYPO", "replies: the text 'greeting' is missing",
                "replies: no escalation text for contact OEM");
        assertThat(e.problems()).hasSize(CauseId.values().length + Framing.values().length + 4);
    }
}
