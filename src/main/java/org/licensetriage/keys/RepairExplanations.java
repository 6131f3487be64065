package org.licensetriage.keys;

import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** Says in both languages why a repair is proposed, naming the characters and positions but never a whole key. */
final class RepairExplanations {

    private RepairExplanations() {
    }

    static LocalizedText explain(RepairSearch.Candidate candidate, @Nullable LocalizedText edition) {
        LocalizedText reason = candidate.reason() == RepairReason.NEAR_PUBLISHED_KEY
                ? nearPublished(candidate, edition) : oneChange(candidate);
        if (edition == null || candidate.reason() == RepairReason.NEAR_PUBLISHED_KEY) {
            return reason;
        }
        return new LocalizedText(reason.en() + " The repaired key would be for " + edition.en() + ".",
                reason.ja() + "修正後のキーは " + edition.ja() + " 用です。");
    }

    private static LocalizedText nearPublished(RepairSearch.Candidate candidate, @Nullable LocalizedText edition) {
        PublishedKey published = Objects.requireNonNull(candidate.published());
        boolean generic = published.knownAs() == KnownAs.GENERIC;
        String what = generic ? "generic key" : "KMS client setup key (GVLK)";
        String whatJa = generic ? "汎用キー（ジェネリック キー）" : "KMS クライアント セットアップ キー（GVLK）";
        String forEn = edition == null ? "" : " for " + edition.en();
        String forJa = edition == null ? "" : " " + edition.ja() + " の";
        int count = candidate.changes().size();
        String positions = candidate.changes().stream().map(c -> String.valueOf(c.position()))
                .collect(Collectors.joining(", "));
        String positionsJa = candidate.changes().stream().map(c -> String.valueOf(c.position()))
                .collect(Collectors.joining("、"));
        return new LocalizedText(
                "The input differs from the published " + what + forEn + " in " + count + " character"
                        + (count == 1 ? "" : "s") + " (position " + positions + "): it is probably that key, "
                        + "mistyped. Note that this published key does not activate Windows by itself.",
                "公開されている" + forJa + whatJa + "と " + count + " 文字（" + positionsJa + " 文字目）だけ異なります。"
                        + "このキーの入力ミスと思われます。なお、公開キーだけではライセンス認証はできません。");
    }

    private static LocalizedText oneChange(RepairSearch.Candidate candidate) {
        Change change = candidate.changes().get(0);
        String p = String.valueOf(change.position());
        char from = change.from();
        char to = change.to();
        String passes = " makes the check value match";
        String passesJa = "とチェック値が一致します";
        return switch (change.kind()) {
            case INSERTION -> new LocalizedText("Inserting " + to + " at position " + p + passes + ".",
                    p + " 文字目に「" + to + "」を挿入する" + passesJa + "。");
            case DELETION -> new LocalizedText("Removing the " + from + " at position " + p + passes + ".",
                    p + " 文字目の「" + from + "」を削除する" + passesJa + "。");
            case SUBSTITUTION -> substitution(candidate, p, from, to, passes, passesJa);
        };
    }

    private static LocalizedText substitution(RepairSearch.Candidate candidate, String p, char from, char to,
            String passes, String passesJa) {
        String en = "Replacing " + quote(from) + " at position " + p + " with " + to + passes;
        String ja = p + " 文字目の「" + from + "」を「" + to + "」にする" + passesJa;
        LocalizedText why = switch (candidate.reason()) {
            case NEVER_VALID_CHARACTER -> candidate.lookAlike()
                    ? new LocalizedText(from + " never occurs in keys and is easily confused with " + to,
                            "「" + from + "」はキーに使われない文字で、「" + to + "」と見間違えやすい文字です")
                    : new LocalizedText(from + " never occurs in keys", "「" + from + "」はキーに使われない文字です");
            case MISSING_N -> new LocalizedText(
                    "a key for Windows 8 or later has one N, and " + from + " is easily typed for it",
                    "Windows 8 以降のキーには「N」が 1 つあり、「" + from + "」と打ち間違えやすい文字です");
            case MULTIPLE_N -> new LocalizedText("a key has at most one N", "「N」は 1 つまでです");
            case LOOK_ALIKE -> new LocalizedText(from + " and " + to + " are easily confused",
                    "「" + from + "」と「" + to + "」は見間違えやすい文字です");
            default -> new LocalizedText("any character was tried there, so this repair is less certain",
                    "すべての文字を試した結果のため、確実性は低めです");
        };
        return new LocalizedText(en + " (" + why.en() + ").", ja + "（" + why.ja() + "）。");
    }

    private static String quote(char c) {
        return c == '\uFFFD' ? "the character" : String.valueOf(c);
    }
}
