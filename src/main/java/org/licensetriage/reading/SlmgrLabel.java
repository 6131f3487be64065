package org.licensetriage.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The labels of {@code slmgr /dli} and {@code /dlv} lines this reader uses, in English and Japanese, with
 * the plausible variants of Japanese labels whose exact wording differs between Windows versions.
 */
enum SlmgrLabel {
    NAME("Name", "名前"),
    DESCRIPTION("Description", "説明"),
    PRODUCT_KEY_CHANNEL("Product Key Channel", "プロダクト キー チャネル", "プロダクト キー チャンネル"),
    PARTIAL_PRODUCT_KEY("Partial Product Key", "プロダクト キーの一部", "部分プロダクト キー", "部分的なプロダクト キー",
            "プロダクト キーの末尾"),
    LICENSE_STATUS("License Status", "ライセンスの状態", "ライセンス状態", "ライセンス ステータス"),
    NOTIFICATION_REASON("Notification Reason", "通知の理由", "通知理由"),
    REMAINING("Time remaining", "Remaining time", "Volume activation expiration", "Timebased activation expiration",
            "Automatic VM activation expiration", "残り時間", "残りの時間", "猶予期間の残り", "残りの猶予期間",
            "ボリューム ライセンス認証の有効期限", "ボリューム アクティベーションの有効期限", "時間ベースのライセンス認証の有効期限"),
    EXTENDED_PID("Extended PID", "拡張 PID");

    private static final Map<String, SlmgrLabel> BY_COMPACT_FORM = new HashMap<>();

    static {
        for (SlmgrLabel label : values()) {
            for (String form : label.forms) {
                BY_COMPACT_FORM.put(TextForms.compact(form), label);
            }
        }
    }

    private final List<String> forms;

    SlmgrLabel(String... forms) {
        this.forms = List.of(forms);
    }

    /** The label written before the colon of a line, in any spacing, case or width. */
    static @Nullable SlmgrLabel of(String writtenLabel) {
        return BY_COMPACT_FORM.get(TextForms.compact(writtenLabel));
    }
}
