package org.licensetriage.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** Says what a decoded or published key is: group, edition, product, channel, published as what. */
final class KeyIdentifier {

    private final KeyCatalog catalog;

    KeyIdentifier(KeyCatalog catalog) {
        this.catalog = catalog;
    }

    /** Identifies a Windows 8+ key by its value, and any key by its entry in the published list. */
    Identification identify(@Nullable KeyValue value, @Nullable PublishedKey published) {
        KeyGroup group = value == null ? null : catalog.group(value.groupId()).orElse(null);
        String editionId = null;
        List<String> editionIds = List.of();
        if (group != null && group.editionId() != null) {
            editionId = group.editionId();
            editionIds = group.editionIds();
        } else if (published != null && published.editionId() != null) {
            editionId = published.editionId();
            editionIds = List.of(editionId);
        }
        // The list names the release a published key is for; a group may be configured in an older one.
        WindowsRelease release = published != null ? WindowsRelease.fromText(published.product()) : null;
        if (release == null && group != null) {
            release = group.release();
        }
        KeyIdentity identity = new KeyIdentity(value == null ? null : value.groupId(),
                value == null ? null : value.serial(), editionId, edition(editionIds, release, published),
                product(group, release, published), channel(group, published),
                published == null ? null : published.knownAs());
        return new Identification(identity, editionIds, release, group, published);
    }

    private @Nullable LocalizedText edition(List<String> editionIds, @Nullable WindowsRelease release,
            @Nullable PublishedKey published) {
        // The list names legacy editions exactly ("Windows 7 Professional", "… HPC edition"); so does nothing else.
        if (published != null && (published.format() == KeyFormat.LEGACY || editionIds.isEmpty())) {
            String name = published.product() + " " + published.edition();
            return new LocalizedText(name, name);
        }
        return editionIds.isEmpty() ? null : catalog.editionNames().displayName(editionIds, release);
    }

    private static @Nullable String product(@Nullable KeyGroup group, @Nullable WindowsRelease release,
            @Nullable PublishedKey published) {
        if (published != null) {
            return published.product();
        }
        if (release != null) {
            return release.productName();
        }
        return group == null ? null : group.configurationProduct();
    }

    private static Channel channel(@Nullable KeyGroup group, @Nullable PublishedKey published) {
        if (published != null && published.knownAs() == KnownAs.KMS_CLIENT) {
            return Channel.VOLUME_GVLK;
        }
        if (group != null) {
            return group.channel();
        }
        return published != null && published.keyType() != null ? KeyGroup.channelOf(published.keyType())
                : Channel.UNKNOWN;
    }
}
