package org.licensetriage.errors;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small, valid knowledge-base files written by tests, to break one thing at a time. */
public final class TestKnowledge {

    private TestKnowledge() {
    }

    public static KnowledgeSource source(String name, String yaml) {
        return new KnowledgeSource(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A catalogue that describes every cause id of the vocabulary and every escalation contact. */
    public static KnowledgeSource catalogue() {
        return source("knowledge/causes.yml", "causes:\n" + Arrays.stream(CauseId.values()).map(id -> """
                  - id: %s
                    title: {en: "Cause %s", ja: "原因 %s"}
                    detail: {en: "What %s means.", ja: "%s の説明です。"}
                    resolution:
                      - title: {en: "Fix it", ja: "直す"}
                        detail: {en: "Do the fix.", ja: "対処します。"}
                """.formatted(id, id, id, id, id)).collect(Collectors.joining())
                + "contacts:\n" + Arrays.stream(EscalationContact.values()).map(id -> """
                  - id: %s
                    name: {en: "Contact %s", ja: "連絡先 %s"}
                    reach: {en: "Call %s.", ja: "%s に連絡します。"}
                """.formatted(id, id, id, id, id)).collect(Collectors.joining()));
    }

    /** One complete entry; {@code title} is spliced in as YAML, so tests can break it. */
    static String entry(String code, String title) {
        return entry(code, title, "{en: [\"It failed.\"], ja: [\"失敗しました。\"]}");
    }

    /** One complete entry with these on-screen messages. */
    public static String entry(String code, List<String> en, List<String> ja) {
        return entry(code, "{en: \"Title " + code + "\", ja: \"タイトル " + code + "\"}",
                "{en: [" + quoted(en) + "], ja: [" + quoted(ja) + "]}");
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t.replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "));
    }

    private static String entry(String code, String title, String messages) {
        return """
                  - code: "%s"
                    symbolicName: SL_E_TEST
                    category: PRODUCT_KEY
                    title: %s
                    summary: {en: "A summary.", ja: "概要です。"}
                    messages: %s
                    causes:
                      - id: KEY_TYPO
                        title: {en: "Typo", ja: "入力ミス"}
                        detail: {en: "A typo.", ja: "入力ミスです。"}
                    resolution:
                      - title: {en: "Retype", ja: "再入力"}
                        detail: {en: "Type it again.", ja: "もう一度入力します。"}
                        command: slmgr /ipk XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
                    escalation:
                      contact: VENDOR
                      when: {en: "If it keeps failing.", ja: "解決しない場合。"}
                    appliesTo: [Windows 11]
                    activationTypes: [RETAIL]
                    sources: [https://learn.microsoft.com/windows-server/get-started/activation-error-codes]
                """.formatted(code, title, messages);
    }

    static String entry(String code) {
        return entry(code, "{en: \"Title " + code + "\", ja: \"タイトル " + code + "\"}");
    }
}
