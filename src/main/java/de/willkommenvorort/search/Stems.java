package de.willkommenvorort.search;

import de.willkommenvorort.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Word stems of the languages Lucene has a stemmer for, so that the glossary knows "курсы" as
 * "курс немецкого", "Kitas" as "Kita" and "دورات" as "دورة". The index's analyzers stem the offers'
 * texts alike; these are Lucene's own language analyzers, kept without stop words.
 */
final class Stems {

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "de", new GermanAnalyzer(CharArraySet.EMPTY_SET),
            "en", new EnglishAnalyzer(CharArraySet.EMPTY_SET),
            "ar", new ArabicAnalyzer(CharArraySet.EMPTY_SET),
            "fa", new PersianAnalyzer(CharArraySet.EMPTY_SET),
            "prs", new PersianAnalyzer(CharArraySet.EMPTY_SET),
            "ckb", new SoraniAnalyzer(CharArraySet.EMPTY_SET),
            "tr", new TurkishAnalyzer(CharArraySet.EMPTY_SET),
            "ru", new RussianAnalyzer(CharArraySet.EMPTY_SET),
            "uk", new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET));

    /** Stems already found, by language and word; a language's forgotten as a whole when they grow many. */
    private static final Map<String, ConcurrentHashMap<String, String>> KNOWN = ANALYZERS.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, language -> new ConcurrentHashMap<>()));
    private static final int KNOWN_MAX = 50_000;

    private Stems() {
    }

    static boolean known(String language) {
        return ANALYZERS.containsKey(stemmedAs(language));
    }

    /**
     * The code whose stemmer a language uses: its own, else that of the first language CLDR knows
     * by the same language (Easy German is stemmed as German).
     */
    private static String stemmedAs(String language) {
        if (ANALYZERS.containsKey(language) || Language.ofCode(language).isEmpty()) {
            return language;
        }
        return STEMMED_AS.computeIfAbsent(language, Stems::kin);
    }

    private static final Map<String, String> STEMMED_AS = new ConcurrentHashMap<>();

    private static String kin(String language) {
        return Language.ofCode(language).flatMap(known -> known.kin().stream().map(Language::code)
                .filter(ANALYZERS::containsKey).findFirst()).orElse(language);
    }

    /** The folded stem of each word in {@code language}; empty where the language has no stemmer. */
    static Optional<List<String>> of(String asked, List<String> words) {
        String language = stemmedAs(asked);
        Analyzer analyzer = ANALYZERS.get(language);
        if (analyzer == null) {
            return Optional.empty();
        }
        List<String> stems = new ArrayList<>(words.size());
        for (String word : words) {
            stems.add(stem(analyzer, language, word));
        }
        return Optional.of(stems);
    }

    /** The folded stem of one word in {@code language}; {@code null} where the language has no stemmer. */
    static String of(String asked, String word) {
        String language = stemmedAs(asked);
        Analyzer analyzer = ANALYZERS.get(language);
        return analyzer == null ? null : stem(analyzer, language, word);
    }

    private static String stem(Analyzer analyzer, String language, String word) {
        // Looked up without a lock: the cards of fifty searches at once ask for the same words.
        ConcurrentHashMap<String, String> stems = KNOWN.get(language);
        String known = stems.get(word);
        if (known == null) {
            if (stems.size() > KNOWN_MAX) {
                stems.clear();
            }
            known = Words.fold(first(analyzer, word).orElse(word));
            stems.put(word, known);
        }
        return known;
    }

    private static Optional<String> first(Analyzer analyzer, String word) {
        try (TokenStream tokens = analyzer.tokenStream("", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            Optional<String> first = tokens.incrementToken() ? Optional.of(term.toString()) : Optional.empty();
            while (tokens.incrementToken()) {
                // drain: a token stream must be consumed to its end before it is closed
            }
            tokens.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
