package org.licensetriage.reading;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The curated keyword lists, English and Japanese, that raise each {@link Signal}, and the phrases that
 * cancel one ("no internet issues"). A trailing {@code *} lets an English word go on ("reinstall*" also
 * reads "reinstalled"); otherwise English phrases match whole words. Matching is case-insensitive, after
 * NFKC, and spaces next to Japanese do not matter.
 */
final class SignalPhrases {

    private SignalPhrases() {
    }

    static final Map<Signal, List<String>> RAISING = new EnumMap<>(Map.ofEntries(
            Map.entry(Signal.NO_NETWORK, List.of("no internet", "no network", "no connection", "no connectivity",
                    "no wifi", "no wi-fi", "without internet", "without network", "without a network", "offline",
                    "not connected", "disconnected", "can't connect", "cannot connect", "unable to connect",
                    "can't get online", "internet is down", "network is down", "internet went down", "air-gapped",
                    "air gapped", "airgapped", "isolated network", "closed network",
                    "インターネットに接続できない", "インターネットに接続できません", "インターネットにつながらない",
                    "インターネットにつながりません", "インターネットに繋がらない", "インターネットに繋がりません",
                    "ネットにつながらない", "ネットに繋がらない", "ネットワークにつながらない", "ネットワークに繋がらない",
                    "ネットワークにつながりません", "ネットワークに接続できない", "ネットワークに接続できません",
                    "ネットワークがない", "ネット環境がない", "ネット環境なし", "オフライン", "インターネット接続なし",
                    "インターネット接続がない", "インターネットが使えない", "閉域網", "閉域ネットワーク",
                    "クローズド ネットワーク")),
            Map.entry(Signal.PROXY_OR_FIREWALL, List.of("proxy", "proxies", "firewall*", "fire wall", "vpn", "utm",
                    "content filter*", "web filter*", "ssl inspection", "tls inspection", "zscaler", "port 1688",
                    "ports are blocked", "port is blocked", "プロキシ", "プロキシー", "ファイアウォール", "ファイヤーウォール",
                    "ファイアーウォール", "セキュリティ ソフト", "フィルタリング", "ポートが閉じ",
                    "通信がブロック")),
            Map.entry(Signal.HARDWARE_CHANGED, List.of("motherboard*", "mainboard*", "main board", "mobo",
                    "logic board", "system board", "replaced the cpu", "replaced the processor",
                    "replaced the hard drive", "replaced the ssd", "replaced the hdd", "replaced the disk",
                    "replaced the drive", "swapped the cpu", "new cpu", "new ssd", "new hard drive",
                    "hardware change*", "changed hardware", "changed the hardware", "hardware replacement",
                    "back from repair", "after the repair", "after repair", "マザーボード", "マザボ", "パーツ交換",
                    "パーツを交換", "cpu を交換", "cpu の交換", "ssd を交換", "ssd に交換", "hdd を交換",
                    "ハードディスクを交換", "ストレージを交換", "部品交換", "部品を交換", "基板交換", "修理に出",
                    "修理後", "修理から戻", "ハードウェアの変更", "ハードウェアを変更", "ハードウェア構成の変更")),
            Map.entry(Signal.REINSTALLED, List.of("reinstall*", "re-install*", "clean install*", "fresh install*",
                    "reset this pc", "reset the pc", "reset my pc", "factory reset", "wiped", "formatted",
                    "reimag*", "re-imag*", "再インストール", "クリーン インストール", "初期化", "リカバリ", "再セットアップ",
                    "入れ直", "入れなお", "インストールし直", "インストールしなお", "フォーマット")),
            Map.entry(Signal.UPGRADED, List.of("upgrad*", "from home to pro", "home to pro", "feature update",
                    "edition change", "changed the edition", "アップグレード", "home から pro", "エディションを変更",
                    "エディション変更", "エディションの変更", "機能更新", "大型アップデート")),
            Map.entry(Signal.VIRTUAL_MACHINE, List.of("virtual machine*", "vm", "vms", "hyper-v", "hyperv", "vmware",
                    "virtualbox", "virtual box", "parallels", "qemu", "kvm", "proxmox", "vdi", "citrix",
                    "guest os", "仮想マシン", "仮想環境", "仮想 pc", "仮想化", "ゲスト os")),
            Map.entry(Signal.CHEAP_OR_RESOLD_KEY, List.of("cheap*", "ebay", "auction*", "marketplace", "g2a",
                    "kinguin", "aliexpress", "gray market", "grey market", "third-party seller*",
                    "third party seller*", "reseller*", "resold", "key seller*", "key site*", "discount key*",
                    "too good to be true", "second-hand key", "secondhand key", "used key", "格安", "安く買", "安く購入",
                    "安価", "激安", "安いキー", "オークション", "メルカリ", "ヤフオク", "フリマ", "ラクマ", "転売",
                    "ネットで買", "ネットで購入", "中古のキー", "並行輸入")),
            Map.entry(Signal.KEY_USED_ON_ANOTHER_PC, List.of("another pc", "another computer", "another laptop",
                    "another machine", "other pc", "old pc", "old computer", "old laptop", "previous pc",
                    "previous computer", "second pc", "two pcs", "two computers", "both pcs", "same key on",
                    "already used", "already in use", "used on another", "transfer the licen*", "transferred",
                    "move the licen*", "moved the licen*", "別の pc", "別のパソコン", "他の pc", "他のパソコン",
                    "前の pc", "前のパソコン", "古い pc", "古いパソコン", "2 台", "二台", "複数台", "複数の pc",
                    "使い回", "ライセンスを移行", "ライセンス移行", "キーを移行", "同じキー", "既に使用", "すでに使用")),
            Map.entry(Signal.COMPANY_PC, List.of("company pc", "company laptop", "company computer",
                    "company device", "work pc", "work laptop", "work computer", "corporate", "office pc",
                    "domain", "domain-joined", "it department", "it admin*", "our it", "managed device",
                    "intune", "organization", "organisation", "employer", "会社の pc", "会社のパソコン", "社用",
                    "業務用", "ドメイン参加", "ドメインに参加", "情シス", "情報システム部", "社内", "法人", "職場",
                    "会社支給", "貸与")),
            Map.entry(Signal.HOME_PC, List.of("home pc", "home computer", "home laptop", "personal",
                    "my own pc", "my own computer", "my own laptop", "private pc", "family pc", "at home", "自宅",
                    "個人の", "個人用", "家の pc", "家のパソコン", "家庭用", "私物", "プライベート")),
            Map.entry(Signal.WRONG_CLOCK, List.of("wrong time", "wrong date", "clock", "bios time", "bios date",
                    "time zone", "timezone", "date and time", "time is off", "time sync*", "cmos battery", "rtc",
                    "時刻がずれ", "時刻がおかしい", "時刻が違う", "時刻が合っていない", "時間がずれ", "時間が合っていない",
                    "日付が違う", "日付がずれ", "日付がおかしい", "時計がずれ", "時計が狂", "タイム ゾーン",
                    "cmos 電池", "ボタン電池", "bios の時刻", "bios の時計")),
            Map.entry(Signal.ACCESS_DENIED, List.of("access denied", "access is denied", "permission denied",
                    "not an admin*", "not administrator", "no admin rights", "admin rights", "administrator rights",
                    "run as admin*", "elevated", "standard user", "uac", "アクセスが拒否", "アクセス拒否", "管理者権限",
                    "管理者として実行", "権限がない", "権限がありません", "標準ユーザー")),
            Map.entry(Signal.SERVER_BUSY, List.of("server busy", "server is busy", "servers are busy", "busy",
                    "try again later", "too many requests", "server unavailable", "service unavailable",
                    "server error", "timed out", "timeout", "サーバーが混雑", "サーバーが混み合", "混み合って", "混雑",
                    "後でもう一度", "しばらくしてから", "タイムアウト", "サーバーが利用できません", "サーバー エラー")),
            Map.entry(Signal.EVALUATION_OR_PREVIEW, List.of("evaluation", "eval", "trial", "insider", "preview",
                    "beta", "dev channel", "canary", "評価版", "体験版", "試用版", "インサイダー", "プレビュー", "ベータ",
                    "お試し")),
            Map.entry(Signal.PHONE_ACTIVATION, List.of("phone activation", "activate by phone",
                    "activation by phone", "activate over the phone", "by phone", "by telephone", "slui 4",
                    "slui.exe 4", "confirmation id", "call microsoft", "called microsoft", "電話認証",
                    "電話でライセンス認証", "電話で認証", "電話によるライセンス認証", "確認 id", "電話でアクティベーション")),
            Map.entry(Signal.VOLUME_LICENSING, List.of("kms", "mak", "volume licen*", "volume activation", "gvlk",
                    "multiple activation key", "vlsc", "ボリューム ライセンス", "ボリューム アクティベーション")),
            Map.entry(Signal.DIGITAL_LICENSE, List.of("digital licen*", "digital entitlement", "microsoft account",
                    "ms account", "デジタル ライセンス", "microsoft アカウント", "マイクロソフト アカウント", "ms アカウント")),
            Map.entry(Signal.OEM_PREINSTALLED, List.of("preinstalled", "pre-installed", "came with the pc",
                    "came with the laptop", "came with windows", "oem", "sticker", "coa", "certificate of authenticity",
                    "bios key", "firmware key", "embedded key", "プリインストール", "最初から入って", "購入時から", "シール",
                    "oem 版"))));

    /** Phrases that say a signal is not the case; a raising phrase inside one of them is ignored. */
    static final Map<Signal, List<String>> CANCELLING = new EnumMap<>(Map.ofEntries(
            Map.entry(Signal.NO_NETWORK, List.of("no internet issue*", "no internet problem*", "no network issue*",
                    "no network problem*", "no connection issue*", "no connection problem*", "not offline",
                    "never offline", "オフラインではな", "接続できないわけではな", "つながらないわけではな")),
            Map.entry(Signal.WRONG_CLOCK, List.of("clock is correct", "clock is right", "clock is fine",
                    "clock is ok", "時刻は正しい", "時刻は合って")),
            Map.entry(Signal.SERVER_BUSY, List.of("busy schedule", "busy day", "busy week", "i'm busy", "i am busy")),
            Map.entry(Signal.HOME_PC, List.of("personal information", "personal data", "個人情報")),
            Map.entry(Signal.EVALUATION_OR_PREVIEW, List.of("trial and error", "print preview")),
            Map.entry(Signal.COMPANY_PC, List.of("domain name", "ドメイン名"))));
}
