package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.licensetriage.i18n.Language;

/**
 * The texts of an entry that search reads, each with its analysis and how much a match in it counts. Titles,
 * on-screen messages and the symbolic name say what the code is; causes and the summary only mention things.
 */
enum SearchField {

    TITLE_EN("title.en", SearchAnalyzers.ENGLISH, 3.0f, e -> List.of(e.title().en())),
    TITLE_JA("title.ja", SearchAnalyzers.JAPANESE, 3.0f, e -> List.of(e.title().ja())),
    TITLE_JA_BIGRAMS("title.ja.bigrams", SearchAnalyzers.BIGRAMS, 1.5f, e -> List.of(e.title().ja())),
    MESSAGE_EN("message.en", SearchAnalyzers.ENGLISH, 3.0f, e -> e.messages().en()),
    MESSAGE_JA("message.ja", SearchAnalyzers.JAPANESE, 3.0f, e -> e.messages().ja()),
    MESSAGE_JA_BIGRAMS("message.ja.bigrams", SearchAnalyzers.BIGRAMS, 1.5f, e -> e.messages().ja()),
    NAME("name", SearchAnalyzers.NAME_WORDS, 2.0f,
            e -> e.symbolicName() == null ? List.of() : List.of(e.symbolicName())),
    CAUSE_EN("cause.en", SearchAnalyzers.ENGLISH, 1.0f, e -> causes(e, Language.EN)),
    CAUSE_JA("cause.ja", SearchAnalyzers.JAPANESE, 1.0f, e -> causes(e, Language.JA)),
    CAUSE_JA_BIGRAMS("cause.ja.bigrams", SearchAnalyzers.BIGRAMS, 0.5f, e -> causes(e, Language.JA)),
    SUMMARY_EN("summary.en", SearchAnalyzers.ENGLISH, 0.7f, e -> List.of(e.summary().en())),
    SUMMARY_JA("summary.ja", SearchAnalyzers.JAPANESE, 0.7f, e -> List.of(e.summary().ja())),
    SUMMARY_JA_BIGRAMS("summary.ja.bigrams", SearchAnalyzers.BIGRAMS, 0.35f, e -> List.of(e.summary().ja())),
    COMMAND("command", SearchAnalyzers.ENGLISH, 0.5f, e -> commands(e)),
    // Every text of a language together: a search phrase whose words are spread over title, causes and
    // summary ("digital license hardware change") still finds the entry that has them all.
    ALL_EN("all.en", SearchAnalyzers.ENGLISH, 1.5f, e -> all(e, Language.EN)),
    ALL_JA("all.ja", SearchAnalyzers.JAPANESE, 1.5f, e -> all(e, Language.JA));

    private final String fieldName;
    private final SearchAnalyzers analysis;
    private final float boost;
    private final Function<KnowledgeEntry, List<String>> texts;

    SearchField(String fieldName, SearchAnalyzers analysis, float boost, Function<KnowledgeEntry, List<String>> texts) {
        this.fieldName = fieldName;
        this.analysis = analysis;
        this.boost = boost;
        this.texts = texts;
    }

    String fieldName() {
        return fieldName;
    }

    SearchAnalyzers analysis() {
        return analysis;
    }

    float boost() {
        return boost;
    }

    List<String> texts(KnowledgeEntry entry) {
        return texts.apply(entry);
    }

    private static List<String> causes(KnowledgeEntry entry, Language language) {
        return entry.causes().stream().map(c -> c.title().in(language)).toList();
    }

    private static List<String> all(KnowledgeEntry entry, Language language) {
        List<String> all = new ArrayList<>();
        all.add(entry.title().in(language));
        all.addAll(language == Language.JA ? entry.messages().ja() : entry.messages().en());
        all.addAll(causes(entry, language));
        all.add(entry.summary().in(language));
        all.addAll(commands(entry));
        return all;
    }

    private static List<String> commands(KnowledgeEntry entry) {
        List<String> commands = new ArrayList<>();
        entry.resolution().stream().filter(s -> s.command() != null).forEach(s -> commands.add(s.command()));
        return commands;
    }
}
