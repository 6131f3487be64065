package org.licensetriage.keys;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the analyser knows about keys, loaded once from the classpath: the key groups of Windows 8 and later,
 * the published keys, and the edition names. Immutable and safe to share.
 */
public final class KeyCatalog {

    static final String GROUPS = "keys/key-groups.tsv";
    static final String PUBLISHED = "keys/public-keys.tsv";
    static final List<String> GROUPS_HEADER = List.of("group_id", "edition_id", "description", "key_type",
            "key_ranges", "seen_in_builds");
    static final List<String> PUBLISHED_HEADER = List.of("key", "product", "edition", "channel", "format",
            "group_id", "serial", "pkeyconfig_key_type", "pkeyconfig_edition_id", "source_url");

    // The placeholder group names editions and describes ranges with product keys; such text is not shown.
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}");

    private final Map<Integer, KeyGroup> groups;
    private final Map<String, PublishedKey> published;
    private final List<PublishedKey> publishedKeys;
    private final EditionNames editionNames;

    KeyCatalog(List<KeyGroup> groups, List<PublishedKey> publishedKeys, EditionNames editionNames) {
        Map<Integer, KeyGroup> byId = new HashMap<>();
        groups.forEach(group -> byId.put(group.groupId(), group));
        Map<String, PublishedKey> byKey = new HashMap<>();
        publishedKeys.forEach(key -> byKey.put(key.key(), key));
        this.groups = Collections.unmodifiableMap(byId);
        this.published = Collections.unmodifiableMap(byKey);
        this.publishedKeys = List.copyOf(publishedKeys);
        this.editionNames = editionNames;
    }

    /** Loads the catalogue; a missing file or a malformed row throws {@link KeyCatalogException}. */
    public static KeyCatalog load() {
        EditionNames editions = EditionNames.load();
        List<KeyGroup> groups = mergeGroups(TsvFile.read(GROUPS, GROUPS_HEADER, KeyCatalog::groupRow));
        List<PublishedKey> keys = TsvFile.read(PUBLISHED, PUBLISHED_HEADER, row -> publishedRow(row, editions));
        return new KeyCatalog(groups, keys, editions);
    }

    Optional<KeyGroup> group(int groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    Optional<PublishedKey> published(String key) {
        return Optional.ofNullable(published.get(key));
    }

    List<PublishedKey> publishedKeys() {
        return publishedKeys;
    }

    int groupCount() {
        return groups.size();
    }

    java.util.Collection<KeyGroup> groups() {
        return groups.values();
    }

    EditionNames editionNames() {
        return editionNames;
    }

    static List<KeyGroup> readGroups(String name, InputStream in) throws IOException {
        return mergeGroups(TsvFile.read(name, in, GROUPS_HEADER, KeyCatalog::groupRow));
    }

    static List<PublishedKey> readPublished(String name, InputStream in, EditionNames editions) throws IOException {
        return TsvFile.read(name, in, PUBLISHED_HEADER, row -> publishedRow(row, editions));
    }

    private static KeyGroup groupRow(TsvFile.Row row) {
        int id = row.intIn(0, "group_id", 0, KeyValue.MAX_GROUP_ID);
        if (row.get(1).isBlank() || row.get(3).isBlank()) {
            throw row.problem("edition_id and key_type must not be empty");
        }
        String editionId = KEY_LIKE.matcher(row.get(1)).find() ? null : row.get(1);
        String description = KEY_LIKE.matcher(row.get(2)).find() ? null : row.get(2);
        return new KeyGroup(id, editionId, description, List.of(row.get(3)));
    }

    /** Rows sharing a group ID become one group with all their key types; disagreeing texts become null. */
    private static List<KeyGroup> mergeGroups(List<KeyGroup> rows) {
        Map<Integer, List<KeyGroup>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.computeIfAbsent(row.groupId(), id -> new ArrayList<>()).add(row));
        List<KeyGroup> groups = new ArrayList<>();
        byId.forEach((id, same) -> {
            KeyGroup first = same.get(0);
            boolean oneEdition = same.stream().allMatch(g -> Objects.equals(g.editionId(), first.editionId()));
            boolean oneDescription = same.stream()
                    .allMatch(g -> Objects.equals(g.description(), first.description()));
            LinkedHashSet<String> types = new LinkedHashSet<>();
            same.forEach(g -> types.addAll(g.keyTypes()));
            groups.add(new KeyGroup(id, oneEdition ? first.editionId() : null,
                    oneDescription ? first.description() : null, new ArrayList<>(types)));
        });
        return groups;
    }

    private static PublishedKey publishedRow(TsvFile.Row row, EditionNames editions) {
        String dashed = row.get(0);
        if (!KEY_LIKE.matcher(dashed).matches()) {
            throw row.problem("column key must be a key written XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        }
        NormalizedKey key = KeyNormalizer.normalize(dashed);
        int nIndex = key.value().indexOf('N');
        for (int i = 0; i < key.length(); i++) {
            if (i != nIndex && ProductKeys.digit(key.at(i)) < 0) {
                throw row.problem("column key has a character outside the key alphabet at position " + (i + 1));
            }
        }
        KnownAs knownAs = knownAs(row);
        String keyType = row.get(7).isEmpty() ? null : row.get(7);
        String editionId = row.get(8).isEmpty()
                ? editions.parse(row.get(1) + " " + row.get(2)).map(InstalledEdition::editionId).orElse(null)
                : row.get(8);
        switch (row.get(4)) {
            case "win8+" -> {
                if (nIndex < 0) {
                    throw row.problem("a win8+ key must contain an N");
                }
                KeyValue value = Pkey2009.decode(key.codePoints(), nIndex);
                int groupId = row.intIn(5, "group_id", 0, KeyValue.MAX_GROUP_ID);
                long serial = row.intIn(6, "serial", 0, Integer.MAX_VALUE);
                if (!value.checksumPasses() || value.groupId() != groupId || value.serial() != serial) {
                    throw row.problem("the key does not decode to the group_id and serial given, with a valid "
                            + "checksum");
                }
                return new PublishedKey(key.value(), row.get(1), row.get(2), knownAs, KeyFormat.WIN8_PLUS, groupId,
                        serial, keyType, editionId);
            }
            case "legacy" -> {
                if (nIndex >= 0 || !row.get(5).isEmpty() || !row.get(6).isEmpty()) {
                    throw row.problem("a legacy key has no N, no group_id and no serial");
                }
                return new PublishedKey(key.value(), row.get(1), row.get(2), knownAs, KeyFormat.LEGACY, null, null,
                        keyType, editionId);
            }
            default -> throw row.problem("column format must be 'win8+' or 'legacy'");
        }
    }

    private static KnownAs knownAs(TsvFile.Row row) {
        String channel = row.get(3);
        if (channel.startsWith("GVLK")) {
            return KnownAs.KMS_CLIENT;
        }
        if (channel.startsWith("generic")) {
            return KnownAs.GENERIC;
        }
        throw row.problem("column channel must start with 'GVLK' or 'generic'");
    }
}
