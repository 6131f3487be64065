package org.licensetriage.reply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.KnowledgeSource;
import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.i18n.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the {@code replies:} sections of the knowledge files as written, each item with the file and line it
 * came from; other sections belong to the knowledge base. Later layers (the operator's files) replace earlier
 * ones name by name; within a layer a name may be given once.
 */
final class RepliesReader {

    static final String SECTION = "replies";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A step as written: a reference to a shared step ({@code step: name}) or its own text and command. */
    record StepText(@Nullable String step, @Nullable String en, @Nullable String ja, @Nullable String command) {
    }

    record CauseText(@Nullable CauseId id, @Nullable LocalizedText found, @Nullable List<StepText> steps,
            @Nullable List<LocalizedText> sendBack) {
    }

    record ContactText(@Nullable EscalationContact contact, @Nullable LocalizedText advice,
            @Nullable List<LocalizedText> prepare) {
    }

    record Located<T>(T value, String where) {
    }

    /** What the files say, later layers replacing earlier ones name by name. */
    static final class Read {
        final Map<String, Located<LocalizedText>> texts = new LinkedHashMap<>();
        final Map<String, Located<StepText>> steps = new LinkedHashMap<>();
        final Map<CauseId, Located<CauseText>> causes = new EnumMap<>(CauseId.class);
        final Map<EscalationContact, Located<ContactText>> contacts = new EnumMap<>(EscalationContact.class);
        final List<String> problems = new ArrayList<>();
    }

    Read read(KnowledgeSources sources) {
        Read read = new Read();
        readLayer(sources.builtIn(), read);
        readLayer(sources.overrides(), read);
        return read;
    }

    private void readLayer(List<KnowledgeSource> layer, Read read) {
        Map<String, String> seen = new HashMap<>();
        for (KnowledgeSource source : layer) {
            if (!source.mayHoldSection(SECTION)) {
                continue;
            }
            try (JsonParser parser = yaml.createParser(source.content())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    continue; // the knowledge base reports files of the wrong shape
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = parser.currentName();
                    parser.nextToken();
                    if (section.equals(SECTION)) {
                        readReplies(parser, source, read, seen);
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (JacksonException e) {
                read.problems.add(source.problem(e));
            }
        }
    }

    private void readReplies(JsonParser parser, KnowledgeSource source, Read read, Map<String, String> seen) {
        if (!expect(parser, source, JsonToken.START_OBJECT, "a mapping of texts, steps, causes and contacts", read)) {
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String part = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            switch (part) {
                case "texts" -> readMapping(parser, source, read, "text", (name, node) -> {
                    String where = source.name() + ", text " + name + " (line " + node.line() + ")";
                    if (once(seen, "text " + name, where, read)) {
                        read.texts.put(name, new Located<>(yaml.treeToValue(node.value(), LocalizedText.class), where));
                    }
                });
                case "steps" -> readMapping(parser, source, read, "step", (name, node) -> {
                    String where = source.name() + ", step " + name + " (line " + node.line() + ")";
                    if (once(seen, "step " + name, where, read)) {
                        read.steps.put(name, new Located<>(yaml.treeToValue(node.value(), StepText.class), where));
                    }
                });
                case "causes" -> readList(parser, source, read, "id", (label, node) -> {
                    CauseText cause = yaml.treeToValue(node.value(), CauseText.class);
                    String where = source.name() + ", cause " + label + " (line " + node.line() + ")";
                    if (cause.id() == null) {
                        read.problems.add(where + ": id is missing");
                    } else if (once(seen, "cause " + cause.id(), where, read)) {
                        read.causes.put(cause.id(), new Located<>(cause, where));
                    }
                });
                case "contacts" -> readList(parser, source, read, "contact", (label, node) -> {
                    ContactText contact = yaml.treeToValue(node.value(), ContactText.class);
                    String where = source.name() + ", contact " + label + " (line " + node.line() + ")";
                    if (contact.contact() == null) {
                        read.problems.add(where + ": contact is missing");
                    } else if (once(seen, "contact " + contact.contact(), where, read)) {
                        read.contacts.put(contact.contact(), new Located<>(contact, where));
                    }
                });
                default -> {
                    read.problems.add(source.name() + ", line " + line + ": unknown part '" + part
                            + "' of replies (expected texts, steps, causes or contacts)");
                    parser.skipChildren();
                }
            }
        }
    }

    private record Node(JsonNode value, int line) {
    }

    private void readMapping(JsonParser parser, KnowledgeSource source, Read read, String kind,
            BiConsumer<String, Node> sink) {
        if (!expect(parser, source, JsonToken.START_OBJECT, "a mapping of " + kind + "s by name", read)) {
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            accept(source, read, name, new Node(yaml.readTree(parser), line), sink, kind + " " + name);
        }
    }

    private void readList(JsonParser parser, KnowledgeSource source, Read read, String idField,
            BiConsumer<String, Node> sink) {
        if (!expect(parser, source, JsonToken.START_ARRAY, "a list", read)) {
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode node = yaml.readTree(parser);
            String label = node.path(idField).isString() ? node.get(idField).asString() : "?";
            accept(source, read, label, new Node(node, line), sink, label);
        }
    }

    // A broken item is reported with its line; the items after it are still read.
    private static void accept(KnowledgeSource source, Read read, String name, Node node, BiConsumer<String, Node> sink,
            String label) {
        try {
            sink.accept(name, node);
        } catch (JacksonException e) {
            read.problems.add(source.name() + ", " + label + " (line " + node.line() + "): "
                    + KnowledgeSource.firstLine(e.getOriginalMessage()));
        }
    }

    private static boolean expect(JsonParser parser, KnowledgeSource source, JsonToken token, String what, Read read) {
        if (parser.currentToken() == token) {
            return true;
        }
        read.problems.add(source.name() + ", line " + parser.currentTokenLocation().getLineNr() + ": expected " + what);
        parser.skipChildren();
        return false;
    }

    private static boolean once(Map<String, String> seen, String name, String where, Read read) {
        String earlier = seen.putIfAbsent(name, where);
        if (earlier != null) {
            read.problems.add(where + ": " + name + " is already defined at " + earlier);
            return false;
        }
        return true;
    }
}
