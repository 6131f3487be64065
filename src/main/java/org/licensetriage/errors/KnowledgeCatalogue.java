package org.licensetriage.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared steps and prepare items, and their expansion: an entry, cause or contact refers to them with
 * {@code - step: ID} (optionally {@code more:} appended to the detail, {@code command:} replacing the command)
 * and {@code - item: ID}; the loader replaces each reference by the catalogue text before binding the entry,
 * so the rest of the service sees complete steps.
 */
final class KnowledgeCatalogue {

    static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> STEP_REFERENCE_FIELDS = Set.of("step", "more", "command");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, CatalogueStep> steps;
    private final Map<String, PrepareItem> prepare;

    KnowledgeCatalogue(Map<String, CatalogueStep> steps, Map<String, PrepareItem> prepare) {
        this.steps = Map.copyOf(steps);
        this.prepare = Map.copyOf(prepare);
    }

    int steps() {
        return steps.size();
    }

    int prepareItems() {
        return prepare.size();
    }

    /** Where a node came from, to name the file and the line of a broken reference. */
    record Origin(KnowledgeSource source, String label, int line) {
    }

    /** Replaces the references in {@code resolution}, {@code escalation.prepare} and {@code prepare}. */
    void expand(JsonNode node, Origin origin, List<String> problems) {
        if (node.get("resolution") instanceof ArrayNode resolution) {
            for (int i = 0; i < resolution.size(); i++) {
                if (resolution.get(i) instanceof ObjectNode item && item.has("step")) {
                    resolution.set(i, step(item, origin, "resolution[" + i + "]", problems));
                }
            }
        }
        expandPrepare(node.get("prepare"), "prepare", origin, problems);
        if (node.get("escalation") instanceof ObjectNode escalation) {
            expandPrepare(escalation.get("prepare"), "escalation.prepare", origin, problems);
        }
    }

    private void expandPrepare(JsonNode list, String field, Origin origin, List<String> problems) {
        if (!(list instanceof ArrayNode items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ObjectNode item && item.has("item")) {
                String id = item.get("item").asString("");
                PrepareItem found = prepare.get(id);
                String at = field + "[" + i + "]";
                if (item.size() > 1) {
                    problems.add(at(origin, "item: " + id) + at + ": a catalogue item takes no other field");
                }
                if (found == null) {
                    problems.add(at(origin, "item: " + id) + at + ": no prepare item '" + id + "' in the catalogue");
                } else {
                    items.set(i, NODES.objectNode().put("en", found.en()).put("ja", found.ja()));
                }
            }
        }
    }

    private JsonNode step(ObjectNode reference, Origin origin, String at, List<String> problems) {
        String id = reference.get("step").asString("");
        // Finding the line reads the whole file again: only for a problem, not for each of the many good references.
        Supplier<String> where = () -> at(origin, "step: " + id) + at;
        for (String field : reference.propertyNames()) {
            if (!STEP_REFERENCE_FIELDS.contains(field)) {
                problems.add(where.get() + ": a catalogue step takes only 'more' and 'command' (found '" + field + "')");
            }
        }
        CatalogueStep step = steps.get(id);
        if (step == null) {
            problems.add(where.get() + ": no step '" + id + "' in the catalogue");
            return reference;
        }
        String detailEn = step.detail().en();
        String detailJa = step.detail().ja();
        JsonNode more = reference.get("more");
        if (more != null) {
            if (!more.path("en").isString() || !more.path("ja").isString()) {
                problems.add(where.get() + ": more needs both languages ({en: …, ja: …})");
            } else {
                // English sentences are separated by a space, Japanese ones follow each other directly
                detailEn = detailEn + " " + more.get("en").asString();
                detailJa = detailJa + more.get("ja").asString();
            }
        }
        ObjectNode expanded = NODES.objectNode();
        expanded.putObject("title").put("en", step.title().en()).put("ja", step.title().ja());
        expanded.putObject("detail").put("en", detailEn).put("ja", detailJa);
        JsonNode command = reference.has("command") ? reference.get("command") : NODES.stringNode(step.command());
        if (command != null && !command.isNull()) {
            expanded.set("command", command);
        }
        return expanded;
    }

    /** "file, line N: label " for the line of the reference, found from the node's first line on. */
    private static String at(Origin origin, String reference) {
        return origin.source().name() + ", line " + lineOf(origin, reference) + ": " + origin.label() + " ";
    }

    private static int lineOf(Origin origin, String reference) {
        String[] parts = reference.split(": ", 2);
        Matcher matcher = Pattern.compile("\\b" + parts[0] + "\\s*:\\s*[\"']?" + Pattern.quote(parts[1]) + "(?![A-Z0-9_])")
                .matcher("");
        String[] lines = new String(origin.source().content(), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = Math.max(0, origin.line() - 1); i < lines.length; i++) {
            if (matcher.reset(lines[i]).find()) {
                return i + 1;
            }
        }
        return origin.line();
    }
}
