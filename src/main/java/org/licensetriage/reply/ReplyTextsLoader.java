package org.licensetriage.reply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.KnowledgeBaseException;
import org.licensetriage.errors.KnowledgeSource;
import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.errors.KnowledgeValidator;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reply.ReplyTexts.CauseReply;
import org.licensetriage.reply.ReplyTexts.ContactReply;
import org.licensetriage.reply.ReplyTexts.Step;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the {@code replies:} sections of the knowledge files (other sections belong to the knowledge base) and
 * validates them: every framing text, cause and contact present in both languages, only known placeholders,
 * step references that exist. Overrides replace texts, shared steps, causes and contacts of the same name.
 * A problem stops the start, naming the file and line.
 */
public final class ReplyTextsLoader {

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

    private record Located<T>(T value, String where) {
    }

    /** What the files say, later layers replacing earlier ones name by name. */
    private static final class Read {
        final Map<String, Located<LocalizedText>> texts = new LinkedHashMap<>();
        final Map<String, Located<StepText>> steps = new LinkedHashMap<>();
        final Map<CauseId, Located<CauseText>> causes = new EnumMap<>(CauseId.class);
        final Map<EscalationContact, Located<ContactText>> contacts = new EnumMap<>(EscalationContact.class);
        final List<String> problems = new ArrayList<>();
    }

    public ReplyTexts load(KnowledgeSources sources) {
        Read read = new Read();
        readLayer(sources.builtIn(), read);
        readLayer(sources.overrides(), read);
        List<String> problems = read.problems;

        Map<Framing, LocalizedText> framing = new EnumMap<>(Framing.class);
        read.texts.forEach((name, text) -> Framing.byKey(name).ifPresentOrElse(
                known -> {
                    text(problems, text.where(), "", text.value(), known.placeholders());
                    framing.put(known, text.value());
                },
                () -> problems.add(text.where() + ": unknown text '" + name + "'")));
        for (Framing name : Framing.values()) {
            if (!framing.containsKey(name)) {
                problems.add("replies: the text '" + name.key() + "' is missing");
            }
        }
        read.steps.forEach((name, step) -> {
            if (step.value().step() != null) {
                problems.add(step.where() + ": a shared step cannot refer to another step");
            }
            stepText(problems, step.where(), "", step.value());
        });

        Map<CauseId, CauseReply> causes = new EnumMap<>(CauseId.class);
        read.causes.forEach((id, cause) -> {
            CauseReply reply = cause(problems, cause, read.steps);
            if (reply != null) {
                causes.put(id, reply);
            }
        });
        for (CauseId id : CauseId.values()) {
            if (!read.causes.containsKey(id)) {
                problems.add("replies: no reply for cause " + id);
            }
        }
        Map<EscalationContact, ContactReply> contacts = new EnumMap<>(EscalationContact.class);
        read.contacts.forEach((contact, text) -> {
            ContactText value = text.value();
            text(problems, text.where(), "advice", value.advice(), Set.of());
            list(problems, text.where(), "prepare", value.prepare());
            contacts.put(contact, new ContactReply(contact, value.advice(), nonNull(value.prepare())));
        });
        for (EscalationContact contact : EscalationContact.values()) {
            if (!read.contacts.containsKey(contact)) {
                problems.add("replies: no escalation text for contact " + contact);
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new ReplyTexts(framing, causes, contacts);
    }

    private static @Nullable CauseReply cause(List<String> problems, Located<CauseText> cause,
            Map<String, Located<StepText>> shared) {
        CauseText value = cause.value();
        String where = cause.where();
        text(problems, where, "found", value.found(), Set.of());
        list(problems, where, "sendBack", value.sendBack());
        List<Step> steps = new ArrayList<>();
        if (value.steps() == null || value.steps().isEmpty()) {
            problems.add(where + ": steps: at least one step is required");
        } else {
            for (int i = 0; i < value.steps().size(); i++) {
                StepText step = value.steps().get(i);
                String field = "steps[" + i + "]";
                if (step.step() == null) {
                    stepText(problems, where, field + ".", step);
                    steps.add(new Step(new LocalizedText(step.en(), step.ja()), step.command()));
                } else if (step.en() != null || step.ja() != null || step.command() != null) {
                    problems.add(where + ": " + field + " refers to step '" + step.step()
                            + "' and has texts of its own; give one or the other");
                } else if (!shared.containsKey(step.step())) {
                    problems.add(where + ": " + field + " refers to the unknown step '" + step.step() + "'");
                } else {
                    StepText referred = shared.get(step.step()).value();
                    steps.add(new Step(new LocalizedText(referred.en(), referred.ja()), referred.command()));
                }
            }
        }
        return value.found() == null ? null : new CauseReply(value.id(), value.found(), steps, nonNull(value.sendBack()));
    }

    private static void stepText(List<String> problems, String where, String prefix, StepText step) {
        text(problems, where, prefix + "text", new LocalizedText(step.en(), step.ja()), Set.of());
        if (step.command() != null && step.command().isBlank()) {
            problems.add(where + ": " + prefix + "command is blank (leave it out instead)");
        }
    }

    private static void list(List<String> problems, String where, String field, @Nullable List<LocalizedText> texts) {
        if (texts == null || texts.isEmpty()) {
            problems.add(where + ": " + field + ": at least one item is required");
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            text(problems, where, field + "[" + i + "]", texts.get(i), Set.of());
        }
    }

    /** Both languages present, no placeholder beyond {@code allowed}, Japanese on one line. */
    private static void text(List<String> problems, String where, String field, @Nullable LocalizedText text,
            Set<String> allowed) {
        String prefix = where + ": " + (field.isEmpty() ? "" : field + ": ");
        if (text == null) {
            problems.add(prefix + "the text is missing");
            return;
        }
        if (blank(text.en()) || blank(text.ja())) {
            problems.add(prefix + "both languages are required (en" + (blank(text.en()) ? " missing" : " present")
                    + ", ja" + (blank(text.ja()) ? " missing" : " present") + ")");
            return;
        }
        for (String language : List.of("en", "ja")) {
            String written = language.equals("en") ? text.en() : text.ja();
            for (String unknown : Placeholders.unknown(written, allowed)) {
                problems.add(prefix + language + ": unknown placeholder " + unknown + " (allowed here: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())) + ")");
            }
        }
        List<String> spaces = new ArrayList<>();
        KnowledgeValidator.strayJapaneseSpace(spaces, "ja", text.ja());
        spaces.forEach(p -> problems.add(prefix + p));
    }

    private void readLayer(List<KnowledgeSource> layer, Read read) {
        Map<String, String> seen = new HashMap<>();
        for (KnowledgeSource source : layer) {
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
                read.problems.add(source.name() + ", line " + line(e) + ": " + firstLine(e.getOriginalMessage()));
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
                    + firstLine(e.getOriginalMessage()));
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

    private static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
