package org.licensetriage.keys;

import java.util.List;
import java.util.SplittableRandom;

/** Shared fixtures: the shipped catalogue, loaded once, and random keys that are valid by construction. */
final class TestKeys {

    static final KeyCatalog CATALOG = KeyCatalog.load();
    static final KeyAnalyser ANALYSER = new KeyAnalyser(CATALOG);
    private static final int[] KNOWN_GROUPS = CATALOG.groups().stream()
            .filter(g -> g.editionId() != null && !g.prerelease()).mapToInt(KeyGroup::groupId).sorted().toArray();

    private TestKeys() {
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
