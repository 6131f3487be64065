package org.licensetriage.diagnosis;

import java.util.List;
import java.util.Locale;
import org.licensetriage.i18n.LocalizedText;

/** The facts a diagnosis request may carry, with the question that asks for each and its answers. */
public enum Fact {
    KEY_SOURCE(new LocalizedText("Where was the product key obtained?",
            "プロダクト キーはどこで入手したものですか?"), List.of(KeySource.values())),
    NETWORK_AVAILABLE(new LocalizedText("Is the PC connected to the internet (web pages open normally)?",
            "PC はインターネットに接続できていますか (Web ページが普通に開けますか)?"), List.of(true, false)),
    HARDWARE_CHANGED(new LocalizedText("Was major hardware, such as the motherboard, replaced recently?",
            "最近、マザーボードなどの主要なパーツを交換しましたか?"), List.of(true, false)),
    VIRTUAL_MACHINE(new LocalizedText("Is Windows running in a virtual machine (Hyper-V, VMware, VirtualBox, a cloud VM)?",
            "Windows は仮想マシン (Hyper-V、VMware、VirtualBox、クラウドの VM) 上で動いていますか?"), List.of(true, false)),
    ORGANIZATION_MANAGED(new LocalizedText("Is this a company PC managed by an IT department (KMS or MAK licensing)?",
            "会社の IT 部門が管理している PC (KMS や MAK でライセンス認証する PC) ですか?"), List.of(true, false)),
    UPGRADED_FROM(new LocalizedText("Was this PC upgraded from another edition (for example Home to Pro)?",
            "この PC は別のエディションからアップグレードしましたか (Home から Pro など)?"), List.of()),
    CLOCK_CORRECT(new LocalizedText("Are the PC's date, time and time zone correct?",
            "PC の日付・時刻・タイム ゾーンは正しいですか?"), List.of(true, false)),
    ELEVATED(new LocalizedText("Was the command run from a Command Prompt opened as administrator?",
            "コマンドは「管理者として実行」したコマンド プロンプトで実行しましたか?"), List.of(true, false)),
    REINSTALLED(new LocalizedText("Was Windows reinstalled or reset recently?",
            "最近、Windows を再インストールまたはリセットしましたか?"), List.of(true, false));

    private final LocalizedText question;
    private final List<?> answers;

    Fact(LocalizedText question, List<?> answers) {
        this.question = question;
        this.answers = answers;
    }

    /** The name of the fact in requests, as in {@code facts.organizationManaged}. */
    public String jsonName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public LocalizedText question() {
        return question;
    }

    /** The answers a question offers; empty for free-text facts, which are never asked. */
    public List<?> answers() {
        return answers;
    }
}
