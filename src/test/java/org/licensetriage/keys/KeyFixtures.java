package org.licensetriage.keys;

/** Keys for tests outside this package: valid by construction, of a chosen group, never published ones. */
public final class KeyFixtures {

    private static final KeyAnalyser ANALYSER = new KeyAnalyser(KeyCatalog.load());

    private KeyFixtures() {
    }

    /** The shipped analyser, loaded once for all tests. */
    public static KeyAnalyser analyser() {
        return ANALYSER;
    }

    /** A valid Windows 8+ key of the group, with the given serial and a fixed security value. */
    public static String key(int groupId, long serial) {
        String key = Pkey2009.encode(KeyValue.of(groupId, serial, 0x1234_5678_9ABCL, false, false));
        return String.join("-", key.substring(0, 5), key.substring(5, 10), key.substring(10, 15),
                key.substring(15, 20), key.substring(20));
    }
}
