package org.licensetriage.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1 of the repair search: a published key at most 8 characters away from the input, or one character
 * shorter or longer. Published keys are at least 17 apart, so at most one is found; its changes list every
 * differing character. At most 8 differences leave one of 9 blocks of 2–3 characters intact, so the input is
 * compared only with the keys that share a block with it.
 */
final class NearPublishedKeys {

    static final int MAX_DISTANCE = 8;
    private static final int LENGTH = ProductKeys.LENGTH;

    private static final int[] BLOCK_STARTS = {0, 3, 6, 9, 12, 15, 18, 21, 23, LENGTH};
    private static final int[] NONE = {};

    private final PublishedKey[] published;
    private final char[][] publishedChars;
    private final int[] all;
    private final List<Map<Long, int[]>> blocks = new ArrayList<>();

    NearPublishedKeys(List<PublishedKey> keys) {
        this.published = keys.toArray(PublishedKey[]::new);
        this.publishedChars = new char[published.length][];
        this.all = IntStream.range(0, published.length).toArray();
        for (int i = 0; i < published.length; i++) {
            publishedChars[i] = published[i].key().toCharArray();
        }
        for (int b = 0; b + 1 < BLOCK_STARTS.length; b++) {
            Map<Long, int[]> index = new HashMap<>();
            for (int p = 0; p < published.length; p++) {
                int[] chars = published[p].key().codePoints().toArray();
                index.merge(block(chars, b), new int[] {p}, NearPublishedKeys::concat);
            }
            blocks.add(index);
        }
    }

    /** Adds the published key near {@code key}, if there is one. */
    void find(int[] key, List<RepairSearch.Candidate> found) {
        int[] candidates = key.length == LENGTH ? sharingABlock(key) : all;
        for (int p : candidates) {
            char[] candidate = publishedChars[p];
            List<Change> changes = key.length == LENGTH ? substitutionsTo(key, candidate)
                    : key.length == LENGTH - 1 ? insertionTo(key, candidate)
                    : key.length == LENGTH + 1 ? deletionTo(key, candidate) : null;
            if (changes != null && !changes.isEmpty()) {
                PublishedKey match = published[p];
                KeyValue value = match.format() == KeyFormat.WIN8_PLUS
                        ? Pkey2009.decode(match.key().codePoints().toArray(), match.key().indexOf('N')) : null;
                found.add(new RepairSearch.Candidate(match.key(), changes, RepairReason.NEAR_PUBLISHED_KEY, false,
                        value, match));
            }
        }
    }

    private static long block(int[] key, int b) {
        long code = 0;
        for (int i = BLOCK_STARTS[b]; i < BLOCK_STARTS[b + 1]; i++) {
            code = code << 21 | key[i];
        }
        return code;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private int[] sharingABlock(int[] key) {
        boolean[] seen = new boolean[published.length];
        int[] found = new int[published.length];
        int count = 0;
        for (int b = 0; b < blocks.size(); b++) {
            for (int p : blocks.get(b).getOrDefault(block(key, b), NONE)) {
                if (!seen[p]) {
                    seen[p] = true;
                    found[count++] = p;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static @Nullable List<Change> substitutionsTo(int[] key, char[] target) {
        int distance = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (key[i] != target[i] && ++distance > MAX_DISTANCE) {
                return null;
            }
        }
        List<Change> changes = new ArrayList<>(distance);
        for (int i = 0; i < LENGTH && distance > 0; i++) {
            if (key[i] != target[i]) {
                changes.add(Change.substitution(i + 1, RepairSearch.safeChar(key[i]), target[i]));
            }
        }
        return changes;
    }

    private static @Nullable List<Change> insertionTo(int[] key, char[] target) {
        int i = 0;
        while (i < key.length && key[i] == target[i]) {
            i++;
        }
        for (int j = i; j < key.length; j++) {
            if (key[j] != target[j + 1]) {
                return null;
            }
        }
        return List.of(Change.insertion(i + 1, target[i]));
    }

    private static @Nullable List<Change> deletionTo(int[] key, char[] target) {
        int i = 0;
        while (i < target.length && key[i] == target[i]) {
            i++;
        }
        for (int j = i; j < target.length; j++) {
            if (key[j + 1] != target[j]) {
                return null;
            }
        }
        return List.of(Change.deletion(i + 1, RepairSearch.safeChar(key[i])));
    }
}
