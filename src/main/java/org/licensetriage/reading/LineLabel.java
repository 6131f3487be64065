package org.licensetriage.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The labels of "label: value" lines this reader uses: {@code slmgr /dli /dlv}, PowerShell's list view of
 * {@code SoftwareLicensingProduct} and {@code SoftwareLicensingService}, {@code ospp.vbs /dstatus} and DISM, in
 * English and Japanese. Labels match in compact form, so "License Status" (slmgr) and "LicenseStatus"
 * (PowerShell) are one label; Japanese variants cover wording that differs between Windows versions.
 */
enum LineLabel {
    NAME("Name", "名前"),
    CURRENT_EDITION("Current Edition", "現在のエディション", "EditionID", "LicenseFamily"),
    DESCRIPTION("Description", "説明", "License Description"),
    PRODUCT_KEY_CHANNEL("Product Key Channel", "プロダクト キー チャネル", "プロダクト キー チャンネル"),
    PARTIAL_PRODUCT_KEY("Partial Product Key", "プロダクト キーの一部", "部分プロダクト キー", "部分的なプロダクト キー",
            "プロダクト キーの末尾", "Last 5 characters of installed product key",
            "インストールされているプロダクト キーの最後の 5 文字"),
    /** A key shown in full or by its last group alone: only the latter is read here (the scanner finds whole keys). */
    PRODUCT_KEY("Product Key", "プロダクト キー"),
    LICENSE_STATUS("License Status", "ライセンスの状態", "ライセンス状態", "ライセンス ステータス"),
    NOTIFICATION_REASON("Notification Reason", "通知の理由", "通知理由", "LicenseStatusReason"),
    REMAINING("Time remaining", "Remaining time", "Volume activation expiration", "Timebased activation expiration",
            "Automatic VM activation expiration", "Remaining grace", "GracePeriodRemaining", "残り時間", "残りの時間",
            "猶予期間の残り", "残りの猶予期間", "ボリューム ライセンス認証の有効期限", "ボリューム アクティベーションの有効期限",
            "時間ベースのライセンス認証の有効期限"),
    EXTENDED_PID("Extended PID", "拡張 PID", "ProductKeyID"),
    REARM_COUNT("Remaining Windows rearm count", "RemainingWindowsReArmCount", "Remaining SKU rearm count",
            "RemainingSkuReArmCount", "残りの Windows 再認証回数", "残りの Windows リアーム回数", "残りの SKU 再認証回数"),
    KMS_HOST("KMS machine name from DNS", "Registered KMS machine name", "KMS machine registry override defined",
            "KeyManagementServiceMachine", "DiscoveredKeyManagementServiceMachineName", "DNS からの KMS コンピューター名",
            "登録された KMS コンピューター名", "DNS の KMS コンピューター名", "KMS コンピューター名"),
    KMS_PORT("KeyManagementServicePort", "DiscoveredKeyManagementServiceMachinePort"),
    ACTIVATION_INTERVAL("Activation interval", "VLActivationInterval", "ライセンス認証の間隔", "ライセンス認証間隔"),
    RENEWAL_INTERVAL("Renewal interval", "VLRenewalInterval", "更新の間隔", "更新間隔"),
    ACTIVATION_TYPE("Configured Activation Type", "VL activation type enabled", "VLActivationTypeEnabled",
            "VLActivationType", "構成されているライセンス認証の種類", "構成済みのライセンス認証の種類");

    private static final Map<String, LineLabel> BY_COMPACT_FORM = new HashMap<>();

    static {
        for (LineLabel label : values()) {
            for (String form : label.forms) {
                BY_COMPACT_FORM.put(TextForms.compact(form), label);
            }
        }
    }

    private final List<String> forms;

    LineLabel(String... forms) {
        this.forms = List.of(forms);
    }

    /** The label written before the colon of a line, in any spacing, case or width. */
    static @Nullable LineLabel of(String writtenLabel) {
        return BY_COMPACT_FORM.get(TextForms.compact(writtenLabel));
    }
}
