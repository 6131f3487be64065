package org.licensetriage.errors;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads knowledge-base YAML files, validates every item and builds the immutable {@link KnowledgeBase}.
 * A file holds any of {@code entries:} (error codes), {@code causes:} (the cause catalogue), {@code steps:}
 * and {@code prepare:} (the shared steps and escalation items entries refer to) and {@code contacts:}.
 * Files given as overrides replace built-in items of the same code or id. Catalogue references are expanded
 * before an item is bound, so every entry the service sees is complete.
 */
public final class KnowledgeBaseLoader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // entries are read one by one from a stream, so the rest of the file follows each of them
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule().addDeserializer(ErrorCode.class, new CanonicalCodeDeserializer()))
            .build();

    public KnowledgeBase load(List<KnowledgeSource> builtIn, List<KnowledgeSource> overrides) {
        List<String> problems = new ArrayList<>();
        Map<Section, Map<String, Item>> items = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            items.put(section, new LinkedHashMap<>());
        }
        readLayer(builtIn, items, problems);
        readLayer(overrides, items, problems);

        KnowledgeCatalogue catalogue = new KnowledgeCatalogue(
                bind(items.get(Section.STEPS), CatalogueStep.class, null, problems, CatalogueStep::id),
                bind(items.get(Section.PREPARE), PrepareItem.class, null, problems, PrepareItem::id));
        Map<EscalationContact, ContactDescription> contacts = new EnumMap<>(EscalationContact.class);
        contacts.putAll(bind(items.get(Section.CONTACTS), ContactDescription.class, catalogue, problems,
                ContactDescription::id));
        Map<CauseId, CauseDescription> causes = new EnumMap<>(CauseId.class);
        causes.putAll(bind(items.get(Section.CAUSES), CauseDescription.class, catalogue, problems,
                CauseDescription::id));
        Map<ErrorCode, KnowledgeEntry> entries = new HashMap<>(
                bind(items.get(Section.ENTRIES), KnowledgeEntry.class, catalogue, problems, KnowledgeEntry::code));

        checkAliases(entries, items.get(Section.ENTRIES), problems);
        // codes of entries that failed to bind still count as known: their own problem is reported, not others'
        Set<ErrorCode> known = new HashSet<>(entries.keySet());
        items.get(Section.ENTRIES).keySet().forEach(key -> ErrorCode.parse(key).ifPresent(known::add));
        KnowledgeValidator validator = new KnowledgeValidator(known);
        validate(items.get(Section.ENTRIES), KnowledgeEntry.class, validator::validate, problems);
        validate(items.get(Section.CAUSES), CauseDescription.class, validator::validate, problems);
        validate(items.get(Section.CONTACTS), ContactDescription.class, validator::validate, problems);
        validate(items.get(Section.STEPS), CatalogueStep.class, validator::validate, problems);
        validate(items.get(Section.PREPARE), PrepareItem.class, validator::validate, problems);
        for (CauseId id : CauseId.values()) {
            if (!causes.containsKey(id)) {
                problems.add("cause catalogue: no description of cause " + id);
            }
        }
        for (EscalationContact id : EscalationContact.values()) {
            if (!contacts.containsKey(id)) {
                problems.add("contacts: no description of contact " + id);
            }
        }
        if (items.get(Section.ENTRIES).isEmpty()) {
            problems.add("no error entries were found");
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeBase(entries, causes, contacts, version(builtIn, overrides),
                WindowsErrorNames.shipped());
    }

    /** The top-level sections a knowledge file may hold, each a list of items keyed by code or id. */
    private enum Section {
        ENTRIES("entries", "code"), CAUSES("causes", "id"), STEPS("steps", "id"), PREPARE("prepare", "id"),
        CONTACTS("contacts", "id");

        final String yaml;
        final String key;

        Section(String yaml, String key) {
            this.yaml = yaml;
            this.key = key;
        }

        static Section of(String name) {
            for (Section section : values()) {
                if (section.yaml.equals(name)) {
                    return section;
                }
            }
            return null;
        }

        String label(JsonNode node) {
            String id = node.path(key).isString() ? node.get(key).asString() : null;
            if (this == ENTRIES) {
                return id == null ? "entry" : id;
            }
            String kind = switch (this) {
                case CAUSES -> "cause";
                case STEPS -> "step";
                case PREPARE -> "prepare item";
                default -> "contact";
            };
            return id == null ? kind : kind + " " + id;
        }
    }

    /** One item as read; {@code bound} is its record once references are expanded and it binds. */
    private static final class Item {
        final JsonNode node;
        final KnowledgeSource source;
        final String label;
        final int line;
        Object bound;

        Item(JsonNode node, KnowledgeSource source, String label, int line) {
            this.node = node;
            this.source = source;
            this.label = label;
            this.line = line;
        }

        String where() {
            return source.name() + ", " + label + " (line " + line + ")";
        }
    }

    private void readLayer(List<KnowledgeSource> layer, Map<Section, Map<String, Item>> items, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (KnowledgeSource source : layer) {
            try (JsonParser parser = yaml.createParser(source.content())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    problems.add(source.name() + ": expected a mapping with 'entries:', 'causes:', 'steps:',"
                            + " 'prepare:', 'contacts:' or 'replies:' at the top");
                    continue;
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals("replies")) {
                        // customer replies, read and validated by org.licensetriage.reply
                        parser.skipChildren();
                        continue;
                    }
                    Section section = Section.of(name);
                    if (section == null) {
                        problems.add(source.name() + ", line " + parser.currentTokenLocation().getLineNr()
                                + ": unknown section '" + name
                                + "' (expected 'entries', 'causes', 'steps', 'prepare', 'contacts' or 'replies')");
                        parser.skipChildren();
                        continue;
                    }
                    readArray(parser, source, section, problems, item -> {
                        String key = item.node.path(section.key).asString("");
                        if (key.isEmpty()) {
                            // no key to merge by: bound anyway, so its problems are reported
                            items.get(section).put(item.where(), item);
                            return;
                        }
                        String duplicate = seen.putIfAbsent(section.yaml + ":" + key, item.where());
                        if (duplicate != null) {
                            problems.add(item.where() + ": " + (section == Section.ENTRIES ? key : item.label)
                                    + " is already defined at " + duplicate);
                        }
                        items.get(section).put(key, item);
                    });
                }
            } catch (JacksonException e) {
                problems.add(source.problem(e));
            }
        }
    }

    private void readArray(JsonParser parser, KnowledgeSource source, Section section, List<String> problems,
            java.util.function.Consumer<Item> sink) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(source.name() + ", line " + parser.currentTokenLocation().getLineNr() + ": expected a list");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            // Read the item as a tree first: problems then name it, and later items still load.
            JsonNode node = yaml.readTree(parser);
            sink.accept(new Item(node, source, section.label(node), line));
        }
    }

    /** Expands each item's references and binds it; the bound value is kept on the item for validation. */
    private <T, K> Map<K, T> bind(Map<String, Item> items, Class<T> type, KnowledgeCatalogue catalogue,
            List<String> problems, Function<T, K> key) {
        Map<K, T> bound = new LinkedHashMap<>();
        for (Item item : items.values()) {
            if (catalogue != null) {
                int before = problems.size();
                catalogue.expand(item.node, new KnowledgeCatalogue.Origin(item.source, item.label, item.line),
                        problems);
                if (problems.size() > before) {
                    continue; // a broken reference is reported once, not again as an unknown field
                }
            }
            try {
                T value = yaml.treeToValue(item.node, type);
                item.bound = value;
                K id = key.apply(value);
                if (id != null) {
                    bound.put(id, value);
                }
            } catch (JacksonException e) {
                problems.add(item.where() + ": " + KnowledgeSource.firstLine(e.getOriginalMessage()));
            }
        }
        return bound;
    }

    private static <T> void validate(Map<String, Item> items, Class<T> type, Function<T, List<String>> rules,
            List<String> problems) {
        for (Item item : items.values()) {
            if (type.isInstance(item.bound)) {
                rules.apply(type.cast(item.bound)).forEach(p -> problems.add(item.where() + ": " + p));
            }
        }
    }

    /**
     * Other codes that find an entry (older or newer numbers of the same definition) must each belong to one
     * entry and be no entry's own code.
     */
    private static void checkAliases(Map<ErrorCode, KnowledgeEntry> entries, Map<String, Item> items,
            List<String> problems) {
        Map<ErrorCode, ErrorCode> aliases = new HashMap<>();
        for (Item item : items.values()) {
            if (!(item.bound instanceof KnowledgeEntry entry)) {
                continue;
            }
            for (ErrorCode alias : entry.aliases()) {
                ErrorCode other = aliases.putIfAbsent(alias, entry.code());
                if (entries.containsKey(alias)) {
                    problems.add(item.where() + ": alias " + alias + " has an entry of its own");
                } else if (other != null && !other.equals(entry.code())) {
                    problems.add(item.where() + ": alias " + alias + " is already an alias of " + other);
                }
            }
        }
    }

    static String version(List<KnowledgeSource> builtIn, List<KnowledgeSource> overrides) {
        MessageDigest digest = ClassFingerprint.sha256();
        for (List<KnowledgeSource> layer : List.of(builtIn, overrides)) {
            for (KnowledgeSource source : layer) {
                digest.update(source.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.content());
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    /** Codes in data files must be written canonically, so a file is searchable for the code it holds. */
    private static final class CanonicalCodeDeserializer extends ValueDeserializer<ErrorCode> {
        @Override
        public ErrorCode deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getString();
            ErrorCode code = text == null ? null : ErrorCode.parse(text).orElse(null);
            if (code == null || !code.hex().equals(text)) {
                return (ErrorCode) context.handleWeirdStringValue(ErrorCode.class, String.valueOf(text),
                        "write codes as a quoted string in canonical form, e.g. \"0xC004F050\"");
            }
            return code;
        }
    }
}
