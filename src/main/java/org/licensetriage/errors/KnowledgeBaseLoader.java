package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * Reads knowledge-base YAML files, validates every entry and builds the immutable {@link KnowledgeBase}.
 * A file holds {@code entries:} (error codes), {@code causes:} (the cause catalogue) or both. Files given
 * as overrides replace built-in entries and causes of the same code or id.
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
        Map<ErrorCode, Located<KnowledgeEntry>> entries = new LinkedHashMap<>();
        Map<CauseId, Located<CauseDescription>> causes = new LinkedHashMap<>();
        readLayer(builtIn, entries, causes, problems);
        readLayer(overrides, entries, causes, problems);

        KnowledgeValidator validator = new KnowledgeValidator(entries.keySet());
        entries.values().forEach(e -> validator.validate(e.value()).forEach(p -> problems.add(e.where() + ": " + p)));
        causes.values().forEach(c -> validator.validate(c.value()).forEach(p -> problems.add(c.where() + ": " + p)));
        for (CauseId id : CauseId.values()) {
            if (!causes.containsKey(id)) {
                problems.add("cause catalogue: no description of cause " + id);
            }
        }
        if (entries.isEmpty()) {
            problems.add("no error entries were found");
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        Map<ErrorCode, KnowledgeEntry> entryMap = new HashMap<>();
        entries.forEach((code, located) -> entryMap.put(code, located.value()));
        Map<CauseId, CauseDescription> causeMap = new HashMap<>();
        causes.forEach((id, located) -> causeMap.put(id, located.value()));
        return new KnowledgeBase(entryMap, causeMap, version(builtIn, overrides));
    }

    private void readLayer(List<KnowledgeSource> layer, Map<ErrorCode, Located<KnowledgeEntry>> entries,
            Map<CauseId, Located<CauseDescription>> causes, List<String> problems) {
        Map<ErrorCode, String> seenEntries = new HashMap<>();
        Map<CauseId, String> seenCauses = new HashMap<>();
        for (KnowledgeSource source : layer) {
            try (JsonParser parser = yaml.createParser(source.content())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    problems.add(source.name() + ": expected a mapping with 'entries:', 'causes:' or 'replies:' at the top");
                    continue;
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = parser.currentName();
                    parser.nextToken();
                    switch (section) {
                        case "entries" -> readArray(parser, source, KnowledgeEntry.class, problems, (entry, where) -> {
                            String duplicate = seenEntries.putIfAbsent(entry.code(), where);
                            if (duplicate != null) {
                                problems.add(where + ": " + entry.code() + " is already defined at " + duplicate);
                            }
                            entries.put(entry.code(), new Located<>(entry, where));
                        });
                        case "causes" -> readArray(parser, source, CauseDescription.class, problems, (cause, where) -> {
                            String duplicate = seenCauses.putIfAbsent(cause.id(), where);
                            if (duplicate != null) {
                                problems.add(where + ": cause " + cause.id() + " is already described at " + duplicate);
                            }
                            causes.put(cause.id(), new Located<>(cause, where));
                        });
                        // customer replies, read and validated by org.licensetriage.reply
                        case "replies" -> parser.skipChildren();
                        default -> {
                            problems.add(source.name() + ", line " + parser.currentTokenLocation().getLineNr()
                                    + ": unknown section '" + section + "' (expected 'entries', 'causes' or 'replies')");
                            parser.skipChildren();
                        }
                    }
                }
            } catch (JacksonException e) {
                problems.add(source.name() + ", line " + lineOf(e) + ": " + firstLine(e.getOriginalMessage()));
            }
        }
    }

    private <T> void readArray(JsonParser parser, KnowledgeSource source, Class<T> type, List<String> problems,
            java.util.function.BiConsumer<T, String> sink) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(source.name() + ", line " + parser.currentTokenLocation().getLineNr() + ": expected a list");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            // Read the entry as a tree first: problems then name the entry, and later entries still load.
            JsonNode node = yaml.readTree(parser);
            String where = source.name() + ", " + label(node) + " (line " + line + ")";
            try {
                sink.accept(yaml.treeToValue(node, type), where);
            } catch (JacksonException e) {
                problems.add(where + ": " + firstLine(e.getOriginalMessage()));
            }
        }
    }

    private static String label(JsonNode node) {
        if (node.path("code").isString()) {
            return node.get("code").asString();
        }
        return node.path("id").isString() ? "cause " + node.get("id").asString() : "entry";
    }

    private static int lineOf(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String version(List<KnowledgeSource> builtIn, List<KnowledgeSource> overrides) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<KnowledgeSource> layer : List.of(builtIn, overrides)) {
                for (KnowledgeSource source : layer) {
                    digest.update(source.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(source.content());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Located<T>(T value, String where) {
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
