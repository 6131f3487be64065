package org.licensetriage.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeEntry;

/**
 * The on-screen texts of the knowledge base in compact form, matched against a message to name the codes
 * whose dialog the customer copied or retyped.
 */
final class OnScreenMessages {

    /** A text shown for more than this many codes says nothing about which one it was. */
    static final int GENERIC_ABOVE = 3;
    // Shorter texts ("失敗しました") turn up in ordinary sentences.
    private static final int MIN_COMPACT_LENGTH = 6;

    /** One distinct on-screen text and every code it is shown for. */
    private record Known(String compact, List<ErrorCode> codes) {
        boolean generic() {
            return codes.size() > GENERIC_ABOVE;
        }
    }

    private final PhraseIndex<Known> index;

    OnScreenMessages(KnowledgeBase knowledgeBase) {
        Map<String, Set<ErrorCode>> codesByText = new LinkedHashMap<>();
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            List<String> texts = new ArrayList<>(entry.messages().en());
            texts.addAll(entry.messages().ja());
            for (String text : texts) {
                String compact = TextForms.compact(TextForms.normalized(text));
                if (compact.length() >= MIN_COMPACT_LENGTH) {
                    codesByText.computeIfAbsent(compact, c -> new LinkedHashSet<>()).add(entry.code());
                }
            }
        }
        List<Map.Entry<String, Known>> phrases = new ArrayList<>();
        codesByText.forEach((compact, codes) -> phrases.add(Map.entry(compact, new Known(compact, List.copyOf(codes)))));
        index = new PhraseIndex<>(phrases);
    }

    /**
     * Codes whose on-screen text appears in the message (given in compact form), in order of appearance;
     * of texts that contain one another only the longest counts, and generic texts add no code.
     */
    List<ErrorCode> codesIn(String compactMessage) {
        Map<Known, Integer> matched = new LinkedHashMap<>();
        for (PhraseIndex.Hit<Known> hit : index.find(compactMessage)) {
            matched.merge(hit.payload(), hit.start(), Math::min);
        }
        List<Map.Entry<Known, Integer>> byPosition = new ArrayList<>(matched.entrySet());
        byPosition.sort(Map.Entry.comparingByValue());
        Set<ErrorCode> codes = new LinkedHashSet<>();
        for (Map.Entry<Known, Integer> candidate : byPosition) {
            Known known = candidate.getKey();
            if (!known.generic() && !containedInAnother(known, matched.keySet())) {
                codes.addAll(known.codes());
            }
        }
        return new ArrayList<>(codes);
    }

    private static boolean containedInAnother(Known known, Set<Known> matched) {
        for (Known other : matched) {
            if (other != known && other.compact().length() > known.compact().length()
                    && other.compact().contains(known.compact())) {
                return true;
            }
        }
        return false;
    }
}
