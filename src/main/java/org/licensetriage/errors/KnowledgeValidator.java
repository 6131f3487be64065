package org.licensetriage.errors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** The rules every knowledge-base entry and cause description must meet before the service starts. */
public final class KnowledgeValidator {

    private final Set<ErrorCode> knownCodes;

    KnowledgeValidator(Set<ErrorCode> knownCodes) {
        this.knownCodes = knownCodes;
    }

    List<String> validate(KnowledgeEntry entry) {
        List<String> problems = new ArrayList<>();
        if (entry.category() == null) {
            problems.add("category is missing");
        }
        text(problems, "title", entry.title());
        text(problems, "summary", entry.summary());
        if (!entry.shortEntry() && (isEmpty(entry.messages().en()) || isEmpty(entry.messages().ja()))) {
            problems.add("messages: at least one on-screen message in each language (en and ja) is required");
        } else {
            blanks(problems, "messages.en", entry.messages().en());
            blanks(problems, "messages.ja", entry.messages().ja());
        }
        if (isEmpty(entry.causes())) {
            problems.add("causes: at least one cause is required");
        } else {
            for (int i = 0; i < entry.causes().size(); i++) {
                KnowledgeEntry.Cause cause = entry.causes().get(i);
                if (cause.id() == null) {
                    problems.add("causes[" + i + "].id is missing");
                }
                text(problems, "causes[" + i + "].title", cause.title());
                text(problems, "causes[" + i + "].detail", cause.detail());
            }
        }
        steps(problems, entry.resolution());
        if (entry.escalation() == null) {
            problems.add("escalation is missing");
        } else {
            escalation(problems, entry.escalation());
        }
        codes(problems, "relatedCodes", entry.relatedCodes());
        if (entry.typoOf() != null) {
            codes(problems, "typoOf", List.of(entry.typoOf()));
        }
        if (isEmpty(entry.appliesTo()) && !entry.shortEntry()) {
            problems.add("appliesTo: at least one product is required");
        } else {
            blanks(problems, "appliesTo", entry.appliesTo());
        }
        if (isEmpty(entry.activationTypes()) && !entry.shortEntry()
                || entry.activationTypes().stream().anyMatch(java.util.Objects::isNull)) {
            problems.add("activationTypes: at least one activation type is required");
        }
        if (isEmpty(entry.sources())) {
            problems.add("sources: at least one source URL is required");
        } else {
            entry.sources().forEach(source -> url(problems, source));
        }
        return problems;
    }

    List<String> validate(CauseDescription cause) {
        List<String> problems = new ArrayList<>();
        text(problems, "title", cause.title());
        text(problems, "detail", cause.detail());
        steps(problems, cause.resolution());
        if (cause.escalation() != null) {
            escalation(problems, cause.escalation());
        }
        return problems;
    }

    List<String> validate(ContactDescription contact) {
        List<String> problems = new ArrayList<>();
        text(problems, "name", contact.name());
        text(problems, "reach", contact.reach());
        prepare(problems, "prepare", contact.prepare());
        return problems;
    }

    List<String> validate(CatalogueStep step) {
        List<String> problems = new ArrayList<>();
        id(problems, step.id());
        text(problems, "title", step.title());
        text(problems, "detail", step.detail());
        if (step.command() != null && step.command().isBlank()) {
            problems.add("command is blank (leave it out instead)");
        }
        return problems;
    }

    List<String> validate(PrepareItem item) {
        List<String> problems = new ArrayList<>();
        id(problems, item.id());
        text(problems, "text", item.text());
        return problems;
    }

    private static void id(List<String> problems, @Nullable String id) {
        if (id == null || !KnowledgeCatalogue.ID.matcher(id).matches()) {
            problems.add("id '" + id + "' must be upper-case letters, digits and _ (e.g. ACTIVATE_ONLINE)");
        }
    }

    private void steps(List<String> problems, @Nullable List<ResolutionStep> steps) {
        if (isEmpty(steps)) {
            problems.add("resolution: at least one step is required");
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            ResolutionStep step = steps.get(i);
            text(problems, "resolution[" + i + "].title", step.title());
            text(problems, "resolution[" + i + "].detail", step.detail());
            if (step.command() != null && step.command().isBlank()) {
                problems.add("resolution[" + i + "].command is blank (leave it out instead)");
            }
        }
    }

    private void escalation(List<String> problems, Escalation escalation) {
        if (escalation.contact() == null) {
            problems.add("escalation.contact is missing");
        }
        text(problems, "escalation.when", escalation.when());
        prepare(problems, "escalation.prepare", escalation.prepare());
    }

    private static void prepare(List<String> problems, String field, List<LocalizedText> prepare) {
        for (int i = 0; i < prepare.size(); i++) {
            text(problems, field + "[" + i + "]", prepare.get(i));
        }
    }

    private void codes(List<String> problems, String field, @Nullable List<ErrorCode> codes) {
        if (codes == null) {
            return;
        }
        for (ErrorCode code : codes) {
            if (code == null || !knownCodes.contains(code)) {
                problems.add(field + ": " + code + " is not in the knowledge base");
            }
        }
    }

    private static void text(List<String> problems, String field, @Nullable LocalizedText text) {
        if (text == null) {
            problems.add(field + " is missing");
        } else if (!text.complete()) {
            problems.add(field + ": both languages are required (en"
                    + (blank(text.en()) ? " missing" : " present") + ", ja"
                    + (blank(text.ja()) ? " missing" : " present") + ")");
        } else {
            strayJapaneseSpace(problems, field + ".ja", text.ja());
        }
    }

    /**
     * A space after hiragana, kanji or Japanese punctuation and before more Japanese is almost always a
     * YAML line fold inside a sentence; spaces between katakana words, as Windows writes them, are fine.
     */
    public static void strayJapaneseSpace(List<String> problems, String field, String ja) {
        for (int i = 1; i + 1 < ja.length(); i++) {
            if (ja.charAt(i) == ' ' && closesJapaneseWord(ja.charAt(i - 1)) && isJapanese(ja.charAt(i + 1))) {
                problems.add(field + ": stray space at index " + i + " ('" + ja.substring(Math.max(0, i - 6),
                        Math.min(ja.length(), i + 6)) + "'); write Japanese texts on one line");
                return;
            }
        }
    }

    private static boolean closesJapaneseWord(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }

    private static boolean isJapanese(char c) {
        return closesJapaneseWord(c) || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA;
    }

    private static void blanks(List<String> problems, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (blank(values.get(i))) {
                problems.add(field + "[" + i + "] is blank");
            }
        }
    }

    private static void url(List<String> problems, @Nullable String source) {
        try {
            URI uri = URI.create(source == null ? "" : source);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add("sources: '" + source + "' is not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            problems.add("sources: '" + source + "' is not a URL");
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static boolean isEmpty(@Nullable List<?> list) {
        return list == null || list.isEmpty();
    }
}
