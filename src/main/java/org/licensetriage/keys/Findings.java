package org.licensetriage.keys;

import java.util.List;
import java.util.stream.Collectors;
import org.licensetriage.i18n.LocalizedText;

/** Builds each finding with its severity and a specific message in English and Japanese. */
final class Findings {

    private Findings() {
    }

    static Finding empty() {
        return new Finding(FindingCode.WRONG_LENGTH, Severity.ERROR, null, new LocalizedText(
                "No key was entered: only spaces or dashes remain. A product key has 25 letters and digits.",
                "プロダクト キーが入力されていません（空白やハイフンしかありません）。プロダクト キーは英数字 25 文字です。"));
    }

    static Finding wrongLength(int length) {
        String en = "The key has " + length + " characters without dashes and spaces; a product key has 25 "
                + "(five groups of five).";
        String ja = "ハイフンと空白を除くと " + length + " 文字です。プロダクト キーは 25 文字（5 文字 × 5 ブロック）です。";
        if (length == 24) {
            en += " One character is missing.";
            ja += "1 文字足りません。";
        } else if (length == 26) {
            en += " There is one character too many.";
            ja += "1 文字多すぎます。";
        }
        return new Finding(FindingCode.WRONG_LENGTH, Severity.ERROR, null, new LocalizedText(en, ja));
    }

    static Finding invalidCharacter(int cp, int position, int length) {
        LocalizedText what = CharacterNames.of(cp);
        LocalizedText where = CharacterNames.position(position, length);
        String en = "At " + where.en() + ": " + what.en();
        String ja = where.ja() + "の" + what.ja();
        String likes = LookAlikes.of(cp);
        if (LookAlikes.neverValid(cp)) {
            en += " never occurs in product keys";
            ja += "はプロダクト キーに使われない文字です。";
            if (!likes.isEmpty()) {
                LocalizedText alternatives = CharacterNames.alternatives(likes);
                en += "; it is probably a misread " + alternatives.en() + ".";
                ja += alternatives.ja() + "の見間違いと思われます。";
            } else {
                en += ".";
            }
        } else if (cp < 0x80) {
            en += " is not part of a product key, which uses only 24 letters and digits and one N.";
            ja += "はプロダクト キーに使われない文字です（使われるのは英数字 24 種類と「N」だけです）。";
        } else {
            en += " is not a letter or digit of a product key; the Windows key box accepts only half-width "
                    + "letters and digits.";
            ja += "はプロダクト キーの文字ではありません。Windows の入力欄には半角英数字しか入力できません。";
        }
        return new Finding(FindingCode.INVALID_CHARACTER, Severity.ERROR, position, new LocalizedText(en, ja));
    }

    static Finding moreInvalidCharacters(int more) {
        return new Finding(FindingCode.INVALID_CHARACTER, Severity.ERROR, null, new LocalizedText(
                more + " more characters are not part of a product key.",
                "ほかに " + more + " 文字、プロダクト キーに使われない文字があります。"));
    }

    static Finding missingN(boolean repairFound, Severity severity) {
        String en = "The key contains no N. Keys for Windows 8 and later contain exactly one N; keys for "
                + "Windows 7 and older contain none.";
        String ja = "このキーには「N」がありません。Windows 8 以降のプロダクト キーには「N」が必ず 1 つ含まれます"
                + "（Windows 7 以前のキーには含まれません）。";
        if (repairFound) {
            en += " If this key is for Windows 8 or later, the N was mistyped (often as M, W or H): see the "
                    + "suggestions.";
            ja += "Windows 8 以降のキーであれば、「N」を打ち間違えています（「M」「W」「H」と間違えやすい文字です）。"
                    + "修正候補をご確認ください。";
        }
        return new Finding(FindingCode.MISSING_N, severity, null,
                new LocalizedText(en, ja));
    }

    static Finding legacyKey() {
        return new Finding(FindingCode.LEGACY_KEY, Severity.INFO, null, new LocalizedText(
                "A key without N has the format of Windows 7, Vista, Windows Server 2008 R2 and older; such keys "
                        + "carry no offline check, so only their length and characters were checked. A key for "
                        + "Windows 8 or later always contains one N.",
                "「N」を含まないキーは Windows 7、Vista、Windows Server 2008 R2 以前の形式です。この形式はオフラインで"
                        + "検証できないため、文字数と使用文字だけを確認しました。Windows 8 以降のキーには必ず「N」が 1 つ含まれます。"));
    }

    static Finding multipleN(List<Integer> positions) {
        String en = positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String ja = positions.stream().map(p -> p + " 文字目").collect(Collectors.joining("、"));
        return new Finding(FindingCode.MULTIPLE_N, Severity.ERROR, positions.get(1), new LocalizedText(
                "The key contains " + positions.size() + " Ns (positions " + en + "); a key contains at most one. "
                        + "The extra N is probably a mistyped M, W or H.",
                "「N」が " + positions.size() + " 個（" + ja + "）あります。「N」は 1 つまでです。余分な「N」は"
                        + "「M」「W」「H」の打ち間違いと思われます。"));
    }

    static Finding nInLastPosition() {
        return new Finding(FindingCode.N_IN_LAST_POSITION, Severity.ERROR, ProductKeys.LENGTH, new LocalizedText(
                "The N is the 25th character, where no key can have it: the key is mistyped.",
                "25 文字目が「N」になっています。「N」が最後の文字になるキーは存在しないため、入力ミスと思われます。"));
    }

    static Finding checksumFailed() {
        return new Finding(FindingCode.CHECKSUM_FAILED, Severity.ERROR, null, new LocalizedText(
                "The key's built-in check value does not match: at least one character is mistyped. (A matching "
                        + "check only means no typo was found, not that the key is genuine.)",
                "プロダクト キーに含まれるチェック値が一致しません。少なくとも 1 文字が打ち間違えられています"
                        + "（チェック値が一致しても、正規のキーであることの証明にはなりません）。"));
    }

    static Finding nonAsciiInput() {
        return new Finding(FindingCode.NON_ASCII_INPUT, Severity.WARNING, null, new LocalizedText(
                "The input contained full-width characters, non-ASCII dashes or spaces, or invisible characters. "
                        + "They were converted for this check, but the Windows product key box does not accept "
                        + "them: type the key again in half-width letters and digits.",
                "全角文字、全角のハイフンや空白、目に見えない文字などが含まれていました。確認のために変換しましたが、"
                        + "Windows のプロダクト キー入力欄では受け付けられません。半角英数字で入力し直してください。"));
    }

    static Finding generic(LocalizedText edition) {
        return new Finding(FindingCode.GENERIC_KEY, Severity.WARNING, null, new LocalizedText(
                "This is the published generic key for " + edition.en() + ": it installs or selects that edition "
                        + "but never activates Windows. Use the key that was bought, or the device's digital licence.",
                "これは " + edition.ja() + " の公開されている汎用キー（ジェネリック キー）です。エディションの選択や"
                        + "インストールには使えますが、ライセンス認証はできません。購入したプロダクト キーか、"
                        + "デジタル ライセンスをご利用ください。"));
    }

    static Finding kmsClient(LocalizedText edition) {
        return new Finding(FindingCode.KMS_CLIENT_KEY, Severity.WARNING, null, new LocalizedText(
                "This is the published KMS client setup key (GVLK) for " + edition.en() + ": it activates only "
                        + "against an organisation's KMS host, never over the internet. On a personal PC, use a "
                        + "retail or OEM key.",
                "これは " + edition.ja() + " の公開されている KMS クライアント セットアップ キー（GVLK）です。組織の "
                        + "KMS ホストに対してのみライセンス認証でき、インターネット経由では認証されません。個人の PC "
                        + "では、リテール版または OEM 版のプロダクト キーをご利用ください。"));
    }

    static Finding editionMismatch(LocalizedText keyEdition, LocalizedText installed) {
        return new Finding(FindingCode.EDITION_MISMATCH, Severity.ERROR, null, new LocalizedText(
                "This key is for " + keyEdition.en() + ", but " + installed.en() + " is installed: a key activates "
                        + "only the edition it was made for.",
                "このキーは " + keyEdition.ja() + " 用ですが、インストールされているのは " + installed.ja()
                        + " です。プロダクト キーは対応するエディションでしか認証できません。"));
    }

    static Finding unknownEdition() {
        return new Finding(FindingCode.UNKNOWN_EDITION, Severity.INFO, null, new LocalizedText(
                "The installed edition given was not recognised, so it was not compared with the key.",
                "入力されたエディション名を判別できなかったため、キーとの照合は行っていません。"));
    }

    static Finding unusualBits(int nPosition, boolean upgrade, boolean extra) {
        String bits = upgrade && extra ? "upgrade and extra bits" : upgrade ? "upgrade bit" : "extra bit";
        String bitsJa = upgrade && extra ? "アップグレード ビットと予備ビット" : upgrade ? "アップグレード ビット" : "予備ビット";
        return new Finding(FindingCode.UNUSUAL_KEY_BITS, Severity.WARNING, nPosition, new LocalizedText(
                "The N is at position " + nPosition + "; issued keys have it within the first 8 characters. "
                        + "This sets the " + bits + ", which no published key uses: the key is probably "
                        + "mistyped or not genuine.",
                "「N」が " + nPosition + " 文字目にあります。発行されるキーでは「N」は先頭 8 文字以内にあります。"
                        + "この位置では公開キーでは使われない" + bitsJa + "が立つため、入力ミスか正規のキーではない可能性があります。"));
    }

    static Finding unknownGroup(int groupId) {
        return new Finding(FindingCode.UNKNOWN_GROUP, Severity.INFO, null, new LocalizedText(
                "Key group " + groupId + " is not in the table of known groups, which ends with Windows 11 22H2 "
                        + "(build 22621): the key may be for a newer product such as Windows Server 2025. Its "
                        + "edition and channel are unknown.",
                "キー グループ " + groupId + " は既知のグループ一覧（Windows 11 22H2、ビルド 22621 まで）にありません。"
                        + "Windows Server 2025 など新しい製品のキーの可能性があります。エディションとチャネルは判別できません。"));
    }

    static Finding prerelease(int groupId) {
        return new Finding(FindingCode.PRERELEASE_KEY, Severity.WARNING, null, new LocalizedText(
                "Key group " + groupId + " belongs to a pre-release, beta or test configuration: released "
                        + "Windows does not accept such keys.",
                "キー グループ " + groupId + " はプレリリース版（ベータ版・テスト版）用の構成です。製品版の Windows では"
                        + "このキーは使用できません。"));
    }
}
