package org.licensetriage.audit;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.logging.KeyMasking;

/**
 * The header of an inventory and the columns the audit reads: the key column and, if there is one, the edition
 * column, found by the names people give them or named by the caller. Names compare without case, width,
 * spaces, dashes or underscores: {@code Product Key}, {@code product_key}, {@code ＰｒｏｄｕｃｔＫｅｙ} and
 * {@code プロダクト キー} all match.
 */
record InventoryColumns(List<String> header, int key, int edition) {

    static final int NONE = -1;

    /** Header names of the key column, compacted; the first column that has one is taken. */
    static final List<String> KEY_NAMES = List.of("productkey", "key", "licensekey", "licencekey", "windowskey",
            "windowsproductkey", "oskey", "cdkey", "activationkey", "プロダクトキー", "windowsプロダクトキー",
            "ライセンスキー", "製品キー", "キー");
    static final List<String> EDITION_NAMES = List.of("edition", "installededition", "windowsedition", "osedition",
            "os", "osname", "operatingsystem", "エディション", "windowsエディション", "osエディション",
            "インストール済みエディション", "os名", "オペレーティングシステム");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}_\\-・.]+");

    InventoryColumns {
        header = List.copyOf(header);
    }

    static InventoryColumns of(List<String> header, @Nullable String keyColumn, @Nullable String editionColumn) {
        int key = keyColumn != null ? named(header, keyColumn, "keyColumn") : known(header, Set.copyOf(KEY_NAMES));
        if (key == NONE) {
            throw new InventoryFileException(InventoryProblem.NO_KEY_COLUMN, 1, new LocalizedText(
                    "The header (line 1) has no key column: name it productKey, key, Product Key, プロダクトキー or"
                            + " プロダクト キー, or say which column holds the keys with keyColumn=<its header>.",
                    "見出し行 (1 行目) にプロダクト キーの列がありません。列名を productKey、key、Product Key、"
                            + "プロダクトキー、プロダクト キーのいずれかにするか、keyColumn=<列名> で指定してください。"));
        }
        int edition = editionColumn != null ? named(header, editionColumn, "editionColumn")
                : known(header, Set.copyOf(EDITION_NAMES));
        return new InventoryColumns(header, key, edition == key ? NONE : edition);
    }

    static String compact(String name) {
        return SEPARATORS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    boolean hasEdition() {
        return edition != NONE;
    }

    private static int known(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(compact(header.get(i)))) {
                return i;
            }
        }
        return NONE;
    }

    /** A column named by the caller: by its header, or by its number (1 is the first column). */
    private static int named(List<String> header, String name, String parameter) {
        String wanted = compact(name);
        for (int i = 0; i < header.size(); i++) {
            if (compact(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        if (wanted.matches("[0-9]{1,4}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= header.size()) {
                return number - 1;
            }
        }
        // The name is echoed for the person who typed it; masked in case a key was pasted into the wrong field.
        name = KeyMasking.mask(name);
        throw new InventoryFileException(InventoryProblem.UNKNOWN_COLUMN, 1, new LocalizedText(
                "The header (line 1) has no column '" + name + "' asked for by " + parameter + "; give its header as"
                        + " written or its number (1 is the first column).",
                parameter + " で指定された列「" + name + "」が見出し行 (1 行目) にありません。見出しのとおりの列名か、"
                        + "列の番号 (1 が先頭の列) で指定してください。"));
    }
}
