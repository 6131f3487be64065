package org.licensetriage.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A key's identity with what the analyser needs beyond the API's view: edition IDs, release, group and list entry. */
record Identification(KeyIdentity identity, List<String> editionIds, @Nullable WindowsRelease release,
        @Nullable KeyGroup group, @Nullable PublishedKey published, boolean prerelease) {
}
