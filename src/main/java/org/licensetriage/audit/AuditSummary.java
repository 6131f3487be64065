package org.licensetriage.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.keys.KnownAs;

/**
 * What a person reads first about an inventory: the headline, counts by outcome, edition, channel and
 * publication, the keys on more than one row, the published keys found, the rows whose edition column names
 * another edition than the key's, and whether the whole file was read. Lists are capped (the counts are not).
 */
public record AuditSummary(
        String type,
        String headline,
        boolean complete,
        @Nullable FileError error,
        Input input,
        int rows,
        int blankRowsSkipped,
        int valid,
        int invalid,
        Map<String, Integer> byOutcome,
        Map<String, Integer> byEdition,
        Map<String, Integer> byChannel,
        Map<String, Integer> byKnownAs,
        Duplicates duplicates,
        List<PublishedKeyFound> publishedKeys,
        EditionMismatches editionMismatches) {

    /** How the file was read. */
    public record Input(String charset, boolean bom, String delimiter, String keyColumn, @Nullable String editionColumn,
            int columns) {
    }

    /** Why the file was not read to its end; rows before {@code line} are in the report. */
    public record FileError(InventoryProblem reason, long line, String detail) {
    }

    /** {@code keys} keys are each on more than one row; {@code repeatedRows} rows repeat an earlier row's key. */
    public record Duplicates(int keys, int repeatedRows, List<DuplicateKeys.Group> groups) {
    }

    /** A published key (public knowledge, so shown whole) and the rows that carry it. */
    public record PublishedKeyFound(String productKey, KnownAs knownAs, @Nullable String edition, int count,
            List<Integer> rows) {
    }

    public record EditionMismatches(int count, List<EditionMismatch> rows) {
    }

    /** A row whose key belongs to {@code keyEdition} while its edition column says {@code rowEdition}. */
    public record EditionMismatch(int row, String maskedKey, String keyEdition, String rowEdition) {
    }
}
