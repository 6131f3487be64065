package org.licensetriage.reading;

import java.util.List;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeBaseLoader;
import org.licensetriage.errors.TestKnowledge;

/**
 * A small knowledge base for the reader's tests: a few codes with their real on-screen texts, a generic
 * text shared by more than three codes, and two texts where one contains the other.
 */
final class ReadingKnowledge {

    static final String INVALID_KEY_EN = "The Software Licensing Service reported that the product key is invalid.";
    static final String INVALID_KEY_JA = "ソフトウェア ライセンス サービスでプロダクト キーは無効であることが報告されました。";
    static final String GENERIC_EN = "We can't activate Windows on this device.";
    static final String GENERIC_JA = "Windows をライセンス認証できません";
    static final String BLOCKED_EN = "The activation server determined the specified product key is blocked";
    static final String BLOCKED_HERE_EN = BLOCKED_EN + " for this geographic location.";

    private static final KnowledgeBase KNOWLEDGE_BASE = new KnowledgeBaseLoader().load(List.of(
            TestKnowledge.catalogue(),
            TestKnowledge.source("knowledge/errors/reader-test.yml", "entries:\n"
                    + TestKnowledge.entry("0xC004F050", List.of(INVALID_KEY_EN,
                            "This product key didn't work. Please check it and try again, or try a different key."),
                            List.of(INVALID_KEY_JA))
                    + TestKnowledge.entry("0xC004C003", List.of(BLOCKED_EN, GENERIC_EN),
                            List.of("ライセンス認証サーバーは、指定されたプロダクト キーがブロックされていると判断しました", GENERIC_JA))
                    + TestKnowledge.entry("0xC004C017", List.of(BLOCKED_HERE_EN, GENERIC_EN),
                            List.of("ライセンス認証サーバーは、指定されたプロダクト キーがこの地域ではブロックされていると判断しました",
                                    GENERIC_JA))
                    + TestKnowledge.entry("0xC004F074", List.of("No Key Management Service (KMS) could be contacted.", GENERIC_EN),
                            List.of("キー管理サービス (KMS) に接続できませんでした。", GENERIC_JA))
                    + TestKnowledge.entry("0x8007232B", List.of("DNS name does not exist.", GENERIC_EN),
                            List.of("DNS 名が存在しません。", GENERIC_JA))
                    + TestKnowledge.entry("0xC004F034", List.of("The Software Licensing Service reported that the license could not "
                            + "be found or was invalid."), List.of("ライセンスが見つからないか、無効です。"))
                    + TestKnowledge.entry("0x87E10BC6", List.of("Something prevented us from communicating with our activation servers."),
                            List.of("ライセンス認証サーバーとの通信が妨げられました。")))),
            List.of());

    private ReadingKnowledge() {
    }

    static KnowledgeBase knowledgeBase() {
        return KNOWLEDGE_BASE;
    }

    static MessageReader reader() {
        return new MessageReader(KNOWLEDGE_BASE);
    }
}
