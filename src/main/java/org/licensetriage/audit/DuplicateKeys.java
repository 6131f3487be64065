package org.licensetriage.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.licensetriage.keys.ProductKeys;

/**
 * Which rows carry the same key, in memory bounded by the rows rather than the file: a 25-character key of the
 * key alphabet (and N) is packed without loss into two longs (base 25: 12 characters in one, 13 in the other),
 * kept in an open-addressing table with its first and last row, and the rows of one key are chained through
 * two int arrays. 28 bytes per table slot (kept at most half full) and 8 per row: about 8 MB for 100,000
 * distinct keys; no key is held as a string. Other input (too
 * short, wrong characters) is not a key anyone could activate twice and is not tracked.
 */
final class DuplicateKeys {

    private static final String SYMBOLS = ProductKeys.ALPHABET + "N";
    private static final byte[] VALUE = new byte[128];
    private static final int EMPTY = 0;

    static {
        Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < SYMBOLS.length(); i++) {
            VALUE[SYMBOLS.charAt(i)] = (byte) i;
        }
    }

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int[] count = new int[1 << 10];
    private int[] first = new int[1 << 10];
    private int[] last = new int[1 << 10];
    private int keys;
    // One entry per tracked row: its row number and the entry of the next row with the same key (-1: none).
    private int[] rows = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private int entries;
    private int duplicateKeys;
    private int repeatedRows;

    /** One key and the rows that carry it, in file order. */
    record Group(String maskedKey, List<Integer> rows, int count) {
    }

    /**
     * Records a normalised key seen on a row. Returns the table slot of the key (for {@link #count} and
     * {@link #firstRow}), or -1 when the input is not 25 key characters.
     */
    int add(String normalizedKey, int row) {
        long h = 0;
        long l = 0;
        int n = 0;
        for (int i = 0; i < normalizedKey.length(); i++) {
            char c = normalizedKey.charAt(i);
            if (c == '-') {
                continue;
            }
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0 || n == ProductKeys.LENGTH) {
                return -1;
            }
            if (n < 12) {
                h = h * 25 + v;
            } else {
                l = l * 25 + v;
            }
            n++;
        }
        if (n != ProductKeys.LENGTH) {
            return -1;
        }
        if (keys * 2 >= count.length) {
            grow();
        }
        int slot = find(h, l);
        int entry = entry(row);
        if (count[slot] == EMPTY) {
            high[slot] = h;
            low[slot] = l;
            first[slot] = entry;
            keys++;
        } else {
            next[last[slot]] = entry;
        }
        last[slot] = entry;
        if (++count[slot] > 1) {
            repeatedRows++;
            duplicateKeys += count[slot] == 2 ? 1 : 0;
        }
        return slot;
    }

    /** How many rows so far carry the key in this slot. */
    int count(int slot) {
        return count[slot];
    }

    /** The first row that carried the key in this slot. */
    int firstRow(int slot) {
        return rows[first[slot]];
    }

    /** Keys seen on more than one row, by their first row; at most {@code rowsEach} rows listed for each. */
    List<Group> groups(int limit, int rowsEach) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < count.length; slot++) {
            if (count[slot] > 1) {
                slots.add(slot);
            }
        }
        slots.sort((a, b) -> Integer.compare(rows[first[a]], rows[first[b]]));
        List<Group> groups = new ArrayList<>();
        for (int slot : slots.subList(0, Math.min(limit, slots.size()))) {
            List<Integer> listed = new ArrayList<>();
            for (int e = first[slot]; e >= 0 && listed.size() < rowsEach; e = next[e]) {
                listed.add(rows[e]);
            }
            groups.add(new Group(masked(low[slot]), listed, count[slot]));
        }
        return groups;
    }

    /** Keys seen on more than one row. */
    int duplicateKeys() {
        return duplicateKeys;
    }

    /** Rows whose key an earlier row already carried. */
    int repeatedRows() {
        return repeatedRows;
    }

    private int entry(int row) {
        if (entries == rows.length) {
            rows = Arrays.copyOf(rows, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        rows[entries] = row;
        next[entries] = -1;
        return entries++;
    }

    private int find(long h, long l) {
        int mask = count.length - 1;
        int slot = (int) (mix(h * 31 + l) & mask);
        while (count[slot] != EMPTY && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldCount = count;
        int[] oldFirst = first;
        int[] oldLast = last;
        int capacity = oldCount.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        count = new int[capacity];
        first = new int[capacity];
        last = new int[capacity];
        for (int i = 0; i < oldCount.length; i++) {
            if (oldCount[i] != EMPTY) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                count[slot] = oldCount[i];
                first[slot] = oldFirst[i];
                last[slot] = oldLast[i];
            }
        }
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    /** The masked form of a key from its low half: only the last group is shown. */
    private static String masked(long low) {
        char[] tail = new char[5];
        for (int i = 4; i >= 0; i--) {
            tail[i] = SYMBOLS.charAt((int) (low % 25));
            low /= 25;
        }
        return "XXXXX-XXXXX-XXXXX-XXXXX-" + new String(tail);
    }
}
