package org.licensetriage.diagnosis;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * The facts a diagnosis works with: those the agent stated, and, where the agent said nothing, those the
 * customer's own words imply ("offline", "マザーボードを交換"). Each remembers where it came from, so the
 * evidence can say so.
 */
final class KnownFacts {

    /** A fact's value and its provenance: the agent's statement, or the phrase in the message. */
    record Known(Object value, EvidenceSource source, @Nullable String phrase) {

        /** "(stated by the agent)" or "(the message says “…”)", to close an evidence line. */
        LocalizedText provenance() {
            return source == EvidenceSource.FACT
                    ? new LocalizedText(" (stated by the agent)", " (担当者の申告)")
                    : new LocalizedText(" (the message says \u201C" + phrase + "\u201D)", " (メッセージに「" + phrase + "」とあります)");
        }
    }

    private final Map<FactName, Known> facts;

    private KnownFacts(Map<FactName, Known> facts) {
        this.facts = facts;
    }

    static KnownFacts of(Facts stated, ReadMessage read) {
        Map<FactName, Known> facts = new EnumMap<>(FactName.class);
        for (SignalMatch match : read.signals()) {
            inferred(match.signal()).forEach((fact, value) ->
                    facts.putIfAbsent(fact, new Known(value, EvidenceSource.MESSAGE, match.phrase())));
        }
        for (FactName fact : FactName.values()) {
            Object value = stated.get(fact);
            if (value != null && !(value instanceof String text && text.isBlank())) {
                facts.put(fact, new Known(value, EvidenceSource.FACT, null));
            }
        }
        return new KnownFacts(facts);
    }

    private static Map<FactName, Object> inferred(Signal signal) {
        return switch (signal) {
            case NO_NETWORK -> Map.of(FactName.NETWORK_AVAILABLE, false);
            case HARDWARE_CHANGED -> Map.of(FactName.HARDWARE_CHANGED, true);
            case VIRTUAL_MACHINE -> Map.of(FactName.VIRTUAL_MACHINE, true);
            case COMPANY_PC -> Map.of(FactName.ORGANIZATION_MANAGED, true);
            case HOME_PC -> Map.of(FactName.ORGANIZATION_MANAGED, false);
            case CHEAP_OR_RESOLD_KEY -> Map.of(FactName.KEY_SOURCE, KeySource.MARKETPLACE);
            case WRONG_CLOCK -> Map.of(FactName.CLOCK_CORRECT, false);
            case ACCESS_DENIED -> Map.of(FactName.ELEVATED, false);
            case REINSTALLED -> Map.of(FactName.REINSTALLED, true);
            case UPGRADED -> Map.of(FactName.UPGRADED_FROM, "");
            default -> Map.of();
        };
    }

    /** The same facts with one more stated: what re-posting with that answer would give. */
    KnownFacts with(FactName fact, Object value) {
        Map<FactName, Known> copy = new EnumMap<>(FactName.class);
        copy.putAll(facts);
        copy.put(fact, new Known(value, EvidenceSource.FACT, null));
        return new KnownFacts(copy);
    }

    @Nullable Known get(FactName fact) {
        return facts.get(fact);
    }

    boolean is(FactName fact, Object value) {
        Known known = facts.get(fact);
        return known != null && known.value().equals(value);
    }

    boolean knows(FactName fact) {
        return facts.containsKey(fact);
    }
}
