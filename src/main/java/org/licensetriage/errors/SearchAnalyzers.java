package org.licensetriage.errors;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How search text is cut into terms, the same for the index and the query. Every analyzer first folds
 * full-width letters, digits and spaces ("ＫＭＳ　無効") to their usual forms.
 */
enum SearchAnalyzers {

    /** English words, stemmed ("activated" and "activation" meet), without stop words. */
    ENGLISH(new Normalized() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }
    }),

    /** Japanese words as Kuromoji reads them (search mode splits long compounds), in base form, no particles. */
    JAPANESE(new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH, JapaneseAnalyzer.getDefaultStopSet(),
            JapaneseAnalyzer.getDefaultStopTags()) {
        @Override
        protected Reader initReader(String field, Reader reader) {
            return normalized(reader);
        }
    }),

    /**
     * Japanese as overlapping character pairs: finds words Kuromoji does not know or cuts differently
     * ("プロダクトキー" against "プロダクト キー").
     */
    BIGRAMS(new Normalized() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            return new TokenStreamComponents(source, new CJKBigramFilter(result));
        }
    }),

    /** A symbolic name's words: SL_E_INVALID_PRODUCT_KEY reads as "sl e invalid product key". */
    NAME_WORDS(new Normalized() {
        private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new PatternTokenizer(SEPARATORS, -1);
            return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
        }
    });

    // One spelling for words written several ways. Windows 7 renamed the Software Licensing Service to Software
    // Protection; messages use both names for the same service, so both read as one and the rarer name does not
    // outweigh the words that tell codes apart.
    private static final NormalizeCharMap SPELLINGS = spellings();

    private final Analyzer analyzer;

    /** An analyzer that reads its text normalized (Kuromoji's has its own base class, so it says so itself). */
    private abstract static class Normalized extends Analyzer {
        @Override
        protected final Reader initReader(String field, Reader reader) {
            return normalized(reader);
        }
    }

    SearchAnalyzers(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    private static Reader normalized(Reader reader) {
        return new MappingCharFilter(SPELLINGS, new CJKWidthCharFilter(reader));
    }

    private static NormalizeCharMap spellings() {
        NormalizeCharMap.Builder names = new NormalizeCharMap.Builder();
        for (String protection : List.of("Software Protection Service", "Software Protection service",
                "software protection service", "SOFTWARE PROTECTION SERVICE", "Software Licensing Server")) {
            names.add(protection, "Software Licensing Service");
        }
        // The texts are written in British English, Windows and most people write American English.
        for (String[] spelling : new String[][] {{"licence", "license"}, {"Licence", "License"},
                {"organis", "organiz"}, {"Organis", "Organiz"}, {"recognis", "recogniz"}, {"authoris", "authoriz"},
                {"behaviour", "behavior"}, {"centre", "center"}, {"catalogue", "catalog"}}) {
            names.add(spelling[0], spelling[1]);
        }
        names.add("ソフトウェア保護サービス", "ソフトウェア ライセンス サービス");
        names.add("ソフトウェア 保護 サービス", "ソフトウェア ライセンス サービス");
        return names.build();
    }

    /** One analyzer for the whole index: each text field with its own, the code fields untouched. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (SearchField field : SearchField.values()) {
            byField.put(field.fieldName(), field.analysis().analyzer());
        }
        return new PerFieldAnalyzerWrapper(ENGLISH.analyzer, byField);
    }
}
