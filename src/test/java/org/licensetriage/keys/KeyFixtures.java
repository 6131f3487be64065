package org.licensetriage.keys;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one key fixture of the tests: the shipped catalogue and analyser, loaded once, and keys that are valid by
 * construction, of a chosen group, never published ones.
 */
public final class KeyFixtures {

    private static final KeyCatalog CATALOG = KeyCatalog.load();
    private static final KeyAnalyser ANALYSER = new KeyAnalyser(CATALOG);
    private static final int[] KNOWN_GROUPS = CATALOG.groups().stream()
            .filter(g -> g.editionId() != null && !g.prerelease()).mapToInt(KeyGroup::groupId).sorted().toArray();

    private KeyFixtures() {
    }

    /** The shipped catalogue. */
    public static KeyCatalog catalog() {
        return CATALOG;
    }

    /** The shipped analyser. */
    public static KeyAnalyser analyser() {
        return ANALYSER;
    }

    /** A valid Windows 8+ key of the group, with the given serial and a fixed security value. */
    public static String key(int groupId, long serial) {
        String key = Pkey2009.encode(KeyValue.of(groupId, serial, 0x1234_5678_9ABCL, false, false));
        return String.join("-", key.substring(0, 5), key.substring(5, 10), key.substring(10, 15),
                key.substring(15, 20), key.substring(20));
    }

    /** A valid key of a known released group, serial below a million, random security value, no unusual bits. */
    static String randomValidKey(SplittableRandom random) {
        int group = KNOWN_GROUPS[random.nextInt(KNOWN_GROUPS.length)];
        return Pkey2009.encode(KeyValue.of(group, random.nextLong(1_000_000), random.nextLong(1L << 53), false, false));
    }

    static List<PublishedKey> published() {
        return CATALOG.publishedKeys();
    }

    static String replace(String key, int index, char c) {
        return key.substring(0, index) + c + key.substring(index + 1);
    }
}
