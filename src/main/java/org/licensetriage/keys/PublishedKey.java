package org.licensetriage.keys;

import org.jspecify.annotations.Nullable;

/**
 * A key from {@code public-keys.tsv}: a KMS client setup key or a generic key, with what the list says about
 * it. {@code key} is the 25 characters without dashes; {@code editionId} comes from the key configuration or,
 * where the list has none, from the edition named in the list.
 */
record PublishedKey(String key, String product, String edition, KnownAs knownAs, KeyFormat format,
        @Nullable Integer groupId, @Nullable Long serial, @Nullable String keyType, @Nullable String editionId) {

    // Published keys are public, but this toString may end in a log next to a customer's key.
    @Override
    public String toString() {
        return "PublishedKey[" + ProductKeys.mask(key) + ", " + product + " " + edition + ", " + knownAs + "]";
    }
}
