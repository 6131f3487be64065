package org.licensetriage.keys;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.licensetriage.i18n.LocalizedText;

/** How messages name one character and one position, so the customer can find it on the label. */
final class CharacterNames {

    private static final Map<Integer, String[]> SPOKEN = Map.ofEntries(
            Map.entry((int) 'O', new String[] {"the letter O", "英字の「O」（オー）"}),
            Map.entry((int) '0', new String[] {"the digit 0 (zero)", "数字の「0」（ゼロ）"}),
            Map.entry((int) 'I', new String[] {"the letter I", "英字の「I」（アイ）"}),
            Map.entry((int) '1', new String[] {"the digit 1 (one)", "数字の「1」（イチ）"}),
            Map.entry((int) 'L', new String[] {"the letter L", "英字の「L」（エル）"}),
            Map.entry((int) 'S', new String[] {"the letter S", "英字の「S」（エス）"}),
            Map.entry((int) '5', new String[] {"the digit 5", "数字の「5」"}),
            Map.entry((int) 'Z', new String[] {"the letter Z", "英字の「Z」（ゼット）"}),
            Map.entry((int) 'A', new String[] {"the letter A", "英字の「A」（エー）"}),
            Map.entry((int) 'E', new String[] {"the letter E", "英字の「E」（イー）"}),
            Map.entry((int) 'U', new String[] {"the letter U", "英字の「U」（ユー）"}));

    private CharacterNames() {
    }

    /** The character as a message shows it: spoken for look-alikes, by code for invisible or odd ones. */
    static LocalizedText of(int cp) {
        String[] spoken = SPOKEN.get(cp);
        if (spoken != null) {
            return new LocalizedText(spoken[0], spoken[1]);
        }
        if (cp >= 0x21 && cp < 0x7F) {
            return new LocalizedText("'" + (char) cp + "'", "「" + (char) cp + "」");
        }
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        if (!visible(cp)) {
            return new LocalizedText("an invisible character (" + code + ")", "目に見えない文字（" + code + "）");
        }
        String text = new String(Character.toChars(cp));
        return new LocalizedText("'" + text + "' (" + code + ")", "「" + text + "」（" + code + "）");
    }

    /** "position 7 (group 2, character 2)" in a 25-character key, "position 31" otherwise. */
    static LocalizedText position(int position, int length) {
        if (length != ProductKeys.LENGTH) {
            return new LocalizedText("position " + position, position + " 文字目");
        }
        int group = (position - 1) / 5 + 1;
        int inGroup = (position - 1) % 5 + 1;
        return new LocalizedText("position " + position + " (group " + group + ", character " + inGroup + ")",
                position + " 文字目（" + group + " ブロック目の " + inGroup + " 文字目）");
    }

    /** "D or Q" / "「D」または「Q」". */
    static LocalizedText alternatives(String characters) {
        String en = characters.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" or "));
        String ja = characters.chars().mapToObj(c -> "「" + (char) c + "」").collect(Collectors.joining("または"));
        return new LocalizedText(en, ja);
    }

    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return Character.isValidCodePoint(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && !Character.isWhitespace(cp);
    }
}
