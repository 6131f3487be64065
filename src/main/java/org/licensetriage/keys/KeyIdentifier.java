package org.licensetriage.keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * Says what a decoded or published key is: group, edition, product, channel, published as what. Everything that
 * depends only on the group or the list entry is worked out once, when the analyser is built.
 */
final class KeyIdentifier {

    private static final int LAST_GROUP_LENGTH = 5;

    private final KeyCatalog catalog;
    private final Map<Integer, Identification> groups = new HashMap<>();
    private final Map<String, Identification> published = new HashMap<>();
    // Published keys by their last group, in key order: slmgr's partial key is looked up on every diagnosis.
    private final Map<String, List<KeyIdentity>> publishedByLastGroup;

    KeyIdentifier(KeyCatalog catalog) {
        this.catalog = catalog;
        for (KeyGroup group : catalog.groups()) {
            groups.put(group.groupId(), build(group.groupId(), 0L, group, null));
        }
        for (PublishedKey key : catalog.publishedKeys()) {
            KeyValue value = key.format() == KeyFormat.WIN8_PLUS
                    ? Pkey2009.decode(key.key().codePoints().toArray(), key.key().indexOf('N')) : null;
            if (value == null) {
                published.put(key.key(), build(null, null, null, key));
            } else {
                published.put(key.key(), build(value.groupId(), value.serial(),
                        catalog.group(value.groupId()).orElse(null), key));
            }
        }
        Map<String, List<KeyIdentity>> byLastGroup = new HashMap<>();
        published.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byLastGroup
                .computeIfAbsent(lastGroup(e.getKey()), g -> new ArrayList<>()).add(e.getValue().identity()));
        byLastGroup.replaceAll((group, identities) -> List.copyOf(identities));
        publishedByLastGroup = Map.copyOf(byLastGroup);
    }

    private static String lastGroup(String key) {
        return key.substring(Math.max(0, key.length() - LAST_GROUP_LENGTH));
    }

    /** What the published keys ending in these five characters are; slmgr shows no more of a key. */
    List<KeyIdentity> publishedEndingWith(String lastGroup) {
        return publishedByLastGroup.getOrDefault(lastGroup, List.of());
    }

    Optional<KeyIdentity> group(int groupId) {
        return Optional.ofNullable(groups.get(groupId)).map(Identification::identity);
    }

    /** Identifies a Windows 8+ key by its value, and any key by its entry in the published list. */
    Identification identify(@Nullable KeyValue value, @Nullable PublishedKey publishedKey) {
        if (publishedKey != null) {
            return published.get(publishedKey.key());
        }
        if (value == null) {
            throw new IllegalArgumentException("a key to identify needs a value or a published entry");
        }
        Identification group = groups.get(value.groupId());
        if (group == null) {
            return build(value.groupId(), value.serial(), null, null);
        }
        KeyIdentity template = group.identity();
        return new Identification(new KeyIdentity(template.groupId(), value.serial(), template.editionId(),
                template.edition(), template.product(), template.channel(), null), group.editionIds(), group.release(),
                group.group(), null, group.prerelease());
    }

    private Identification build(@Nullable Integer groupId, @Nullable Long serial, @Nullable KeyGroup group,
            @Nullable PublishedKey published) {
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
        KeyIdentity identity = new KeyIdentity(groupId, serial, editionId, edition(editionIds, release, published),
                product(group, release, published), channel(group, published),
                published == null ? null : published.knownAs());
        return new Identification(identity, editionIds, release, group, published,
                group != null && group.prerelease());
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
