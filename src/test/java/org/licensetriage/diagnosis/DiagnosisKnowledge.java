package org.licensetriage.diagnosis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeBaseLoader;
import org.licensetriage.errors.KnowledgeSource;

/**
 * A small knowledge base for the reader's tests: a few codes with their real on-screen texts, a generic
 * text shared by more than three codes, and two texts where one contains the other.
 */
final class DiagnosisKnowledge {

    static final String INVALID_KEY_EN = "The Software Licensing Service reported that the product key is invalid.";
    static final String INVALID_KEY_JA = "ソフトウェア ライセンス サービスでプロダクト キーは無効であることが報告されました。";
    static final String GENERIC_EN = "We can't activate Windows on this device.";
    static final String GENERIC_JA = "Windows をライセンス認証できません";
    static final String BLOCKED_EN = "The activation server determined the specified product key is blocked";
    static final String BLOCKED_HERE_EN = BLOCKED_EN + " for this geographic location.";

    private static final KnowledgeBase KNOWLEDGE_BASE = new KnowledgeBaseLoader().load(List.of(
            source("knowledge/causes.yml", catalogue()),
            source("knowledge/errors/reader-test.yml", "entries:\n"
                    + entry("0xC004F050", List.of(INVALID_KEY_EN,
                            "This product key didn't work. Please check it and try again, or try a different key."),
                            List.of(INVALID_KEY_JA))
                    + entry("0xC004C003", List.of(BLOCKED_EN, GENERIC_EN),
                            List.of("ライセンス認証サーバーは、指定されたプロダクト キーがブロックされていると判断しました", GENERIC_JA))
                    + entry("0xC004C017", List.of(BLOCKED_HERE_EN, GENERIC_EN),
                            List.of("ライセンス認証サーバーは、指定されたプロダクト キーがこの地域ではブロックされていると判断しました",
                                    GENERIC_JA))
                    + entry("0xC004F074", List.of("No Key Management Service (KMS) could be contacted.", GENERIC_EN),
                            List.of("キー管理サービス (KMS) に接続できませんでした。", GENERIC_JA))
                    + entry("0x8007232B", List.of("DNS name does not exist.", GENERIC_EN),
                            List.of("DNS 名が存在しません。", GENERIC_JA))
                    + entry("0xC004F034", List.of("The Software Licensing Service reported that the license could not "
                            + "be found or was invalid."), List.of("ライセンスが見つからないか、無効です。"))
                    + entry("0x87E10BC6", List.of("Something prevented us from communicating with our activation servers."),
                            List.of("ライセンス認証サーバーとの通信が妨げられました。")))),
            List.of());

    private DiagnosisKnowledge() {
    }

    static KnowledgeBase knowledgeBase() {
        return KNOWLEDGE_BASE;
    }

    static MessageReader reader() {
        return new MessageReader(KNOWLEDGE_BASE);
    }

    private static KnowledgeSource source(String name, String yaml) {
        return new KnowledgeSource(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String catalogue() {
        return "causes:\n" + Arrays.stream(CauseId.values()).map(id -> """
                  - id: %s
                    title: {en: "Cause %s", ja: "原因 %s"}
                    detail: {en: "What %s means.", ja: "%s の説明です。"}
                    resolution:
                      - title: {en: "Fix it", ja: "直す"}
                        detail: {en: "Do the fix.", ja: "対処します。"}
                """.formatted(id, id, id, id, id)).collect(Collectors.joining());
    }

    private static String entry(String code, List<String> en, List<String> ja) {
        return """
                  - code: "%s"
                    category: PRODUCT_KEY
                    title: {en: "Title %s", ja: "タイトル %s"}
                    summary: {en: "A summary.", ja: "概要です。"}
                    messages: {en: [%s], ja: [%s]}
                    causes:
                      - id: KEY_TYPO
                        title: {en: "Typo", ja: "入力ミス"}
                        detail: {en: "A typo.", ja: "入力ミスです。"}
                    resolution:
                      - title: {en: "Retype", ja: "再入力"}
                        detail: {en: "Type it again.", ja: "もう一度入力します。"}
                    escalation:
                      contact: VENDOR
                      when: {en: "If it keeps failing.", ja: "解決しない場合。"}
                    appliesTo: [Windows 11]
                    activationTypes: [RETAIL]
                    sources: [https://learn.microsoft.com/windows-server/get-started/activation-error-codes]
                """.formatted(code, code, code, quoted(en), quoted(ja));
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t.replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "));
    }
}
