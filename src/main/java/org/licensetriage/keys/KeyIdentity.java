package org.licensetriage.keys;

import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * What a key is: its decoded group and serial (null for legacy keys), the edition and product the group or
 * the published list names, its channel, and whether it is a published key.
 */
public record KeyIdentity(@Nullable Integer groupId, @Nullable Long serial, @Nullable String editionId,
        @Nullable LocalizedText edition, @Nullable String product, Channel channel, @Nullable KnownAs knownAs) {
}
