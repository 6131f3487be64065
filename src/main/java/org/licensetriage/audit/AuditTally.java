package org.licensetriage.audit;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.KeyOutcome;
import org.licensetriage.logging.KeyMasking;

/**
 * The counts of an audit as its rows go by. Its memory is bounded by what it counts (editions, channels and
 * published keys are fixed sets; lists stop at {@link #LISTED}), except the duplicate table, which is bounded
 * by the rows (see {@link DuplicateKeys}).
 */
final class AuditTally {

    /** Items listed per list of the summary; counts go on. */
    static final int LISTED = 1000;
    /** Rows listed per duplicate or published key. */
    static final int ROWS_LISTED = 100;
    private static final int EDITION_SHOWN = 100;

    private final Language language;
    private final DuplicateKeys duplicates = new DuplicateKeys();
    private final EnumMap<KeyOutcome, Integer> outcomes = new EnumMap<>(KeyOutcome.class);
    private final Map<String, Integer> editions = new TreeMap<>();
    private final Map<String, Integer> channels = new TreeMap<>();
    private final Map<String, Integer> knownAs = new TreeMap<>();
    private final Map<String, Published> published = new LinkedHashMap<>();
    private final List<AuditSummary.EditionMismatch> mismatches = new ArrayList<>();
    private int mismatchCount;
    private int rows;
    private int blank;
    private int valid;

    AuditTally(Language language) {
        this.language = language;
        for (KeyOutcome outcome : KeyOutcome.values()) {
            outcomes.put(outcome, 0);
        }
    }

    int rows() {
        return rows;
    }

    void blankRow() {
        blank++;
    }

    /**
     * Counts a row; returns the duplicate table's slot of its key, or -1 when it is not 25 key characters or is a
     * published key.
     */
    int add(int row, KeyAnalysis analysis, @Nullable String rowEdition) {
        rows++;
        valid += analysis.valid() ? 1 : 0;
        outcomes.merge(KeyOutcome.of(analysis), 1, Integer::sum);
        KeyIdentity key = analysis.key();
        String edition = edition(key);
        if (key != null) {
            channels.merge(key.channel().name(), 1, Integer::sum);
            if (edition != null) {
                editions.merge(edition, 1, Integer::sum);
            }
            if (key.knownAs() != null) {
                knownAs.merge(key.knownAs().name(), 1, Integer::sum);
                published.computeIfAbsent(analysis.normalizedKey(), k -> new Published(k, key, edition)).add(row);
            }
        }
        if (Boolean.FALSE.equals(analysis.editionMatch()) && edition != null && rowEdition != null) {
            if (mismatchCount++ < LISTED) {
                String shown = KeyMasking.mask(rowEdition.length() > EDITION_SHOWN
                        ? rowEdition.substring(0, EDITION_SHOWN) + "…" : rowEdition);
                mismatches.add(new AuditSummary.EditionMismatch(row, analysis.maskedKey(), edition, shown));
            }
        }
        // A published key is shared by design (every KMS client uses the same one): listed as such, not as a
        // duplicate.
        return key != null && key.knownAs() != null ? -1 : duplicates.add(analysis.normalizedKey(), row);
    }

    DuplicateKeys duplicates() {
        return duplicates;
    }

    /** The key's edition as the report names it, in the request's language. */
    @Nullable String edition(@Nullable KeyIdentity key) {
        return key == null || key.edition() == null ? null : key.edition().in(language);
    }

    Map<KeyOutcome, Integer> outcomes() {
        return outcomes;
    }

    AuditSummary summary(AuditSummary.Input input, AuditSummary.@Nullable FileError error) {
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        outcomes.forEach((outcome, n) -> byOutcome.put(outcome.name(), n));
        var groups = duplicates.groups(LISTED, ROWS_LISTED);
        return new AuditSummary("summary", headline(error).in(language), error == null, error, input, rows, blank,
                valid, rows - valid, byOutcome, editions, channels, knownAs,
                new AuditSummary.Duplicates(duplicates.duplicateKeys(), duplicates.repeatedRows(), groups),
                published.values().stream().map(Published::found).toList(),
                new AuditSummary.EditionMismatches(mismatchCount, mismatches));
    }

    private LocalizedText headline(AuditSummary.@Nullable FileError error) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        n.setGroupingUsed(true);
        int repairable = outcomes.get(KeyOutcome.REPAIRABLE);
        int publishedRows = outcomes.get(KeyOutcome.GENERIC_KEY) + outcomes.get(KeyOutcome.KMS_CLIENT_KEY);
        LocalizedText text = new LocalizedText(
                count(n, rows, "row") + ": " + fmt(n, valid) + " valid, " + fmt(n, rows - valid) + " invalid ("
                        + fmt(n, repairable) + " with one likely repair); " + count(n, duplicates.duplicateKeys(), "key")
                        + " on more than one row (" + count(n, duplicates.repeatedRows(), "repeated row") + "); "
                        + count(n, publishedRows, "row") + " with a published generic or KMS client key; "
                        + count(n, mismatchCount, "row") + " whose edition column names another edition.",
                fmt(n, rows) + " 行: 有効 " + fmt(n, valid) + " 件、無効 " + fmt(n, rows - valid) + " 件 (うち修正候補が 1 つに"
                        + "絞れるもの " + fmt(n, repairable) + " 件)。複数の行に現れるキー " + fmt(n, duplicates.duplicateKeys())
                        + " 個 (重複している行 " + fmt(n, duplicates.repeatedRows()) + " 行)。公開されている汎用キー・KMS"
                        + " クライアント キーの行 " + fmt(n, publishedRows) + " 行。エディション列とキーのエディションが"
                        + "異なる行 " + fmt(n, mismatchCount) + " 行。");
        if (error != null) {
            text = text.append(" The file could not be read past line " + error.line()
                            + ": the report stops there (see error).",
                    " " + error.line() + " 行目以降は読み取れなかったため、レポートはそこで終わっています (error を参照)。");
        }
        return text;
    }

    private static String fmt(NumberFormat format, long value) {
        return format.format(value);
    }

    private static String count(NumberFormat format, long value, String noun) {
        return fmt(format, value) + " " + noun + (value == 1 ? "" : "s");
    }

    private static final class Published {
        private final String productKey;
        private final KeyIdentity key;
        private final @Nullable String edition;
        private final List<Integer> rows = new ArrayList<>();
        private int count;

        Published(String productKey, KeyIdentity key, @Nullable String edition) {
            this.productKey = productKey;
            this.key = key;
            this.edition = edition;
        }

        void add(int row) {
            if (count++ < ROWS_LISTED) {
                rows.add(row);
            }
        }

        AuditSummary.PublishedKeyFound found() {
            return new AuditSummary.PublishedKeyFound(productKey, java.util.Objects.requireNonNull(key.knownAs()),
                    edition, count, rows);
        }
    }
}
