package org.licensetriage.diagnosis;

import org.licensetriage.i18n.LocalizedText;

/** Where the customer got the product key. */
public enum KeySource {
    RETAIL("Bought as a retail product (shop, Microsoft Store)", "パッケージ版・ダウンロード版を購入 (店頭、Microsoft Store)"),
    OEM("Came with the PC (OEM)", "PC に付属していた (OEM)"),
    VOLUME("The organisation's volume licence", "組織のボリューム ライセンス"),
    SUBSCRIPTION("A subscription (Windows Enterprise E3/E5, Microsoft 365)", "サブスクリプション (Windows Enterprise E3/E5、Microsoft 365)"),
    /** An online marketplace or auction: the usual source of resold and blocked keys. */
    MARKETPLACE("An online marketplace or auction, often at a low price", "フリマ・オークション・通販サイト (格安なものが多い)"),
    UNKNOWN("Not known", "わからない");

    private final LocalizedText label;

    KeySource(String en, String ja) {
        this.label = new LocalizedText(en, ja);
    }

    public LocalizedText label() {
        return label;
    }
}
