package org.licensetriage.diagnosis;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reading.Observation;
import org.licensetriage.reading.Signal;
import org.licensetriage.reading.SignalMatch;

/**
 * The facts a diagnosis works with: those the agent stated, and, where the agent said nothing, those the
 * customer's own words imply ("offline", "マザーボードを交換"). Each remembers where it came from, so the
 * evidence can say so.
 */
final class Facts {

    /** A fact's value and its provenance: the agent's statement, or the phrase in the message. */
    record Known(Object value, EvidenceSource source, @Nullable String phrase) {

        /** "(stated by the agent)" or "(the message says “…”)", to close an evidence line. */
        LocalizedText provenance() {
            return source == EvidenceSource.FACT
                    ? new LocalizedText(" (stated by the agent)", " (担当者の申告)")
                    : new LocalizedText(" (the message says \u201C" + phrase + "\u201D)", " (メッセージに「" + phrase + "」とあります)");
        }
    }

    private final Map<Fact, Known> facts;

    private Facts(Map<Fact, Known> facts) {
        this.facts = facts;
    }

    static Facts of(StatedFacts stated, Observation read) {
        Map<Fact, Known> facts = new EnumMap<>(Fact.class);
        for (SignalMatch match : read.signals()) {
            inferred(match.signal()).forEach((fact, value) ->
                    facts.putIfAbsent(fact, new Known(value, EvidenceSource.MESSAGE, match.phrase())));
        }
        for (Fact fact : Fact.values()) {
            Object value = stated.get(fact);
            if (value != null && !(value instanceof String text && text.isBlank())) {
                facts.put(fact, new Known(value, EvidenceSource.FACT, null));
            }
        }
        return new Facts(facts);
    }

    private static Map<Fact, Object> inferred(Signal signal) {
        return switch (signal) {
            case NO_NETWORK -> Map.of(Fact.NETWORK_AVAILABLE, false);
            case HARDWARE_CHANGED -> Map.of(Fact.HARDWARE_CHANGED, true);
            case VIRTUAL_MACHINE -> Map.of(Fact.VIRTUAL_MACHINE, true);
            case COMPANY_PC -> Map.of(Fact.ORGANIZATION_MANAGED, true);
            case HOME_PC -> Map.of(Fact.ORGANIZATION_MANAGED, false);
            case CHEAP_OR_RESOLD_KEY -> Map.of(Fact.KEY_SOURCE, KeySource.MARKETPLACE);
            case WRONG_CLOCK -> Map.of(Fact.CLOCK_CORRECT, false);
            case ACCESS_DENIED -> Map.of(Fact.ELEVATED, false);
            case REINSTALLED -> Map.of(Fact.REINSTALLED, true);
            case UPGRADED -> Map.of(Fact.UPGRADED_FROM, "");
            case SUBSCRIPTION -> Map.of(Fact.KEY_SOURCE, KeySource.SUBSCRIPTION);
            case OEM_PREINSTALLED -> Map.of(Fact.KEY_SOURCE, KeySource.OEM);
            default -> Map.of();
        };
    }

    /** The same facts with one more stated: what re-posting with that answer would give. */
    Facts with(Fact fact, Object value) {
        Map<Fact, Known> copy = new EnumMap<>(Fact.class);
        copy.putAll(facts);
        copy.put(fact, new Known(value, EvidenceSource.FACT, null));
        return new Facts(copy);
    }

    @Nullable Known get(Fact fact) {
        return facts.get(fact);
    }

    boolean is(Fact fact, Object value) {
        Known known = facts.get(fact);
        return known != null && known.value().equals(value);
    }

    boolean knows(Fact fact) {
        return facts.containsKey(fact);
    }
}
