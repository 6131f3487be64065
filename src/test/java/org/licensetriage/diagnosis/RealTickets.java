package org.licensetriage.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The corpus of real public support threads (src/test/resources/org/licensetriage/diagnosis/corpus): what each
 * reporter gave, the cause the thread's resolution establishes, and how each case fares in a diagnosis.
 * Loading validates every case, naming the case that breaks a rule.
 */
final class RealTickets {

    static final List<String> FILES = List.of("corpus/tickets-en.yaml", "corpus/tickets-ja.yaml",
            "corpus/tickets-extra.yaml");
    /** Tickets gathered after the ranking rules were written and never used to tune them. */
    static final List<String> HELD_OUT = List.of("corpus/tickets-holdout.yaml");
    private static final Set<String> INPUT_KEYS = Set.of("errorCode", "message", "installedEdition", "os",
            "productKey", "facts");
    private static final Set<String> FACT_KEYS = Set.of("keySource", "networkAvailable", "hardwareChanged",
            "virtualMachine", "organizationManaged", "upgradedFrom", "clockCorrect", "elevated", "reinstalled");

    /** One ticket: where it comes from, what the reporter gave, what fixed it. */
    record Ticket(String id, String source, String language, String format, boolean clear, String cause,
            List<String> alsoAccepted, @Nullable String errorCode, @Nullable String message,
            @Nullable String installedEdition, @Nullable String os, @Nullable String productKey,
            Map<String, Object> facts) {
    }

    /** How one ticket fared: the causes the diagnosis ranked, most likely first. */
    record Outcome(Ticket ticket, List<String> ranked) {
        boolean top1() {
            return !ranked.isEmpty() && ranked.get(0).equals(ticket.cause());
        }

        boolean top3() {
            return ranked.stream().limit(3).anyMatch(ticket.cause()::equals);
        }

        boolean empty() {
            return ranked.isEmpty();
        }
    }

    private RealTickets() {
    }

    static List<Ticket> load() {
        return load(FILES);
    }

    static List<Ticket> heldOut() {
        return load(HELD_OUT);
    }

    private static List<Ticket> load(List<String> files) {
        List<Ticket> tickets = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = RealTickets.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing corpus file " + file);
                }
                tickets.addAll(parse(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Ticket ticket : tickets) {
            if (!ids.add(ticket.id())) {
                throw new IllegalStateException("duplicate case id " + ticket.id());
            }
        }
        return tickets;
    }

    static List<Ticket> parse(String file, InputStream in) {
        JsonNode root = YAMLMapper.builder().build().readTree(in);
        List<Ticket> tickets = new ArrayList<>();
        for (JsonNode node : root.path("cases")) {
            tickets.add(ticket(file, node));
        }
        return tickets;
    }

    private static Ticket ticket(String file, JsonNode node) {
        String id = required(file, "?", node, "id");
        String source = required(file, id, node, "source");
        if (!source.startsWith("https://") && !source.startsWith("http://")) {
            throw invalid(file, id, "source is not a URL: " + source);
        }
        String language = required(file, id, node, "language");
        if (!language.equals("en") && !language.equals("ja")) {
            throw invalid(file, id, "language must be en or ja");
        }
        String confidence = required(file, id, node, "confidence");
        if (!confidence.equals("clear") && !confidence.equals("likely")) {
            throw invalid(file, id, "confidence must be clear or likely");
        }
        JsonNode input = node.path("input");
        input.propertyNames().forEach(key -> {
            if (!INPUT_KEYS.contains(key)) {
                throw invalid(file, id, "unknown input key " + key);
            }
        });
        Map<String, Object> facts = new TreeMap<>();
        for (Map.Entry<String, JsonNode> fact : input.path("facts").properties()) {
            if (!FACT_KEYS.contains(fact.getKey())) {
                throw invalid(file, id, "unknown fact " + fact.getKey());
            }
            JsonNode value = fact.getValue();
            facts.put(fact.getKey(), value.isBoolean() ? value.booleanValue() : value.asString());
        }
        List<String> also = new ArrayList<>();
        node.path("alsoAccepted").forEach(n -> also.add(n.asString()));
        Ticket ticket = new Ticket(id, source, language, node.path("format").asString("prose"),
                confidence.equals("clear"), required(file, id, node, "cause"), also, text(input, "errorCode"),
                text(input, "message"), text(input, "installedEdition"), text(input, "os"),
                text(input, "productKey"), facts);
        if (ticket.errorCode() == null && ticket.message() == null && ticket.productKey() == null) {
            throw invalid(file, id, "no errorCode, message or productKey");
        }
        return ticket;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    private static String required(String file, String id, JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw invalid(file, id, "missing " + field);
        }
        return value;
    }

    private static IllegalStateException invalid(String file, String id, String problem) {
        return new IllegalStateException(file + ", case " + id + ": " + problem);
    }

    /** Top-1 and top-3 shares per group (a cause, a language, a format), as a table to print. */
    static String table(String title, List<Outcome> outcomes, Function<Outcome, String> group) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            int[] c = counts.computeIfAbsent(group.apply(outcome), g -> new int[3]);
            c[0]++;
            c[1] += outcome.top1() ? 1 : 0;
            c[2] += outcome.top3() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(String.format("%-30s %5s %7s %7s%n", title, "n", "top-1", "top-3"));
        counts.forEach((name, c) -> out.append(String.format("%-30s %5d %6.0f%% %6.0f%%%n", name, c[0],
                100.0 * c[1] / c[0], 100.0 * c[2] / c[0])));
        return out.toString();
    }

    static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> hit) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(hit).count() / outcomes.size();
    }
}
