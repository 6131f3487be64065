package org.licensetriage.reading;

import static org.licensetriage.reading.TextForms.isAsciiAlnum;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link SignalPhrases} in a message (given as {@link TextForms#signalText} text), each signal at
 * most once with the words that raised it, leaving out phrases the customer negates ("I did not reinstall",
 * "オフラインではない").
 */
final class SignalDetector {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither",
            "didn't", "didnt", "don't", "dont", "doesn't", "doesnt", "haven't", "havent", "hasn't", "hasnt",
            "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "weren't", "werent");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "because", "so", "since", "although",
            "though", "however", "then", "after", "before");
    private static final List<String> NEGATING_AFTER = List.of("was not", "wasn't", "were not", "weren't",
            "has not been", "hasn't been", "have not been", "haven't been", "not replaced", "not changed",
            "is fine", "is ok", "is okay", "is correct", "is right", "are fine", "is not the problem",
            "isn't the problem");
    private static final List<String> NEGATING_AFTER_JA = List.of("ではな", "じゃな", "ではありません",
            "じゃありません", "していな", "していません", "してない", "してません", "しておらず", "ていな",
            "ていません", "てない", "てません", "ておらず", "ませんでした", "はない", "はありません", "は問題な",
            "も問題な", "は問題ありません", "に問題はな", "に問題はありません", "は正常", "も正常", "は大丈夫", "も大丈夫");
    private static final int ENGLISH_WORDS_BEFORE = 3;
    // A Japanese negation follows the noun within a particle and a short verb: "マザーボードの交換はしていません".
    private static final int JAPANESE_NEGATION_WITHIN = 4;
    private static final String CLAUSE_ENDS = ".,;:!?()\n。、！？「」";

    private record Phrase(Signal signal, boolean raising, boolean stem, String text) {
    }

    private final PhraseIndex<Phrase> index;

    SignalDetector() {
        List<Map.Entry<String, Phrase>> phrases = new ArrayList<>();
        add(phrases, SignalPhrases.RAISING, true);
        add(phrases, SignalPhrases.CANCELLING, false);
        index = new PhraseIndex<>(phrases);
    }

    private static void add(List<Map.Entry<String, Phrase>> phrases, Map<Signal, List<String>> lists, boolean raising) {
        lists.forEach((signal, list) -> list.forEach(written -> {
            boolean stem = written.endsWith("*");
            String text = TextForms.signalText(TextForms.normalized(stem ? written.substring(0, written.length() - 1)
                    : written));
            phrases.add(Map.entry(text, new Phrase(signal, raising, stem, text)));
        }));
    }

    /** The signals of a message in order of first appearance. */
    List<SignalMatch> detect(String text) {
        List<PhraseIndex.Hit<Phrase>> hits = new ArrayList<>();
        // the characters covered by a cancelling phrase, per signal
        Map<Signal, BitSet> cancelled = new EnumMap<>(Signal.class);
        for (PhraseIndex.Hit<Phrase> hit : index.find(text)) {
            if (!onWordBoundaries(text, hit)) {
                continue;
            }
            if (hit.payload().raising()) {
                hits.add(hit);
            } else {
                cancelled.computeIfAbsent(hit.payload().signal(), s -> new BitSet()).set(hit.start(), hit.end());
            }
        }
        hits.sort(Comparator.comparingInt(PhraseIndex.Hit::start));
        Map<Signal, SignalMatch> found = new EnumMap<>(Signal.class);
        List<SignalMatch> ordered = new ArrayList<>();
        for (PhraseIndex.Hit<Phrase> hit : hits) {
            Signal signal = hit.payload().signal();
            if (found.containsKey(signal) || insideCancelling(hit, cancelled.get(signal)) || negated(text, hit)) {
                continue;
            }
            SignalMatch match = new SignalMatch(signal, text.substring(hit.start(), wordEnd(text, hit)));
            found.put(signal, match);
            ordered.add(match);
        }
        return ordered;
    }

    private static boolean onWordBoundaries(String text, PhraseIndex.Hit<Phrase> hit) {
        String phrase = hit.payload().text();
        if (isAsciiAlnum(phrase.charAt(0)) && hit.start() > 0 && isAsciiAlnum(text.charAt(hit.start() - 1))) {
            return false;
        }
        return hit.payload().stem() || !isAsciiAlnum(phrase.charAt(phrase.length() - 1))
                || hit.end() == text.length() || !isAsciiAlnum(text.charAt(hit.end()));
    }

    private static int wordEnd(String text, PhraseIndex.Hit<Phrase> hit) {
        int end = hit.end();
        while (hit.payload().stem() && end < text.length() && isAsciiAlnum(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean insideCancelling(PhraseIndex.Hit<Phrase> hit, @Nullable BitSet cancelled) {
        if (cancelled == null) {
            return false;
        }
        int covered = cancelled.nextSetBit(hit.start());
        return covered >= 0 && covered < hit.end();
    }

    private static boolean negated(String text, PhraseIndex.Hit<Phrase> hit) {
        String phrase = hit.payload().text();
        return negatorBefore(text, hit.start()) || negationAfter(text, wordEnd(text, hit))
                || (phrase.startsWith("no ") || phrase.startsWith("without ")) && problemAfter(text, wordEnd(text, hit));
    }

    /** "no internet or proxy problems": the customer rules the thing out. */
    private static boolean problemAfter(String text, int end) {
        int at = end;
        for (int word = 0; word < ENGLISH_WORDS_BEFORE; word++) {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = at;
            while (wordEnd < text.length() && isAsciiAlnum(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == at) {
                return false;
            }
            String after = text.substring(at, wordEnd);
            if (after.startsWith("problem") || after.startsWith("issue") || after.equals("trouble")) {
                return true;
            }
            at = wordEnd;
        }
        return false;
    }

    /** One of the few words before the phrase, in the same clause, negates it: "I did not reinstall". */
    private static boolean negatorBefore(String text, int start) {
        int at = start;
        for (int word = 0; word < ENGLISH_WORDS_BEFORE; word++) {
            while (at > 0 && text.charAt(at - 1) == ' ') {
                at--;
            }
            int wordStart = at;
            while (wordStart > 0 && (isAsciiAlnum(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '\'')) {
                wordStart--;
            }
            if (wordStart == at) {
                return false;
            }
            String before = text.substring(wordStart, at);
            if (NEGATORS.contains(before)) {
                return true;
            }
            if (CLAUSE_WORDS.contains(before)) {
                return false;
            }
            at = wordStart;
        }
        return false;
    }

    /** Words right after the phrase that take it back: "the clock is correct", "オフラインではない". */
    private static boolean negationAfter(String text, int end) {
        int at = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        for (String negation : NEGATING_AFTER) {
            if (text.startsWith(negation, at) && (at + negation.length() == text.length()
                    || !isAsciiAlnum(text.charAt(at + negation.length())))) {
                return true;
            }
        }
        for (int offset = 0; offset <= JAPANESE_NEGATION_WITHIN && end + offset < text.length(); offset++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(end + offset)) >= 0) {
                return false;
            }
            for (String negation : NEGATING_AFTER_JA) {
                if (text.startsWith(negation, end + offset)) {
                    return true;
                }
            }
        }
        return false;
    }
}
