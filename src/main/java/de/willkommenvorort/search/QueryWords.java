package de.willkommenvorort.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * What a newcomer typed, cut into the units a search requires: glossary terms (which may be
 * several words, "job centre") and single words. Words that carry no meaning in the languages
 * searched ("für", "the", "في") are dropped, unless nothing else is left. Nothing typed is ever
 * an operator.
 */
record QueryWords(List<Unit> units) {

    static final int MAX_UNITS = 8;

    /** Stop words of the languages the analyzers know, from Lucene's lists. */
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
            "de", GermanAnalyzer.getDefaultStopSet(),
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "ar", ArabicAnalyzer.getDefaultStopSet(),
            "fa", PersianAnalyzer.getDefaultStopSet(),
            "prs", PersianAnalyzer.getDefaultStopSet(),
            "ckb", SoraniAnalyzer.getDefaultStopSet(),
            "tr", TurkishAnalyzer.getDefaultStopSet(),
            "ru", RussianAnalyzer.getDefaultStopSet(),
            "uk", UkrainianMorfologikAnalyzer.getDefaultStopwords());

    /**
     * One thing the results must match: {@code text} as typed; {@code concepts} the glossary found
     * for it; {@code edits} the typing mistakes forgiven; {@code germanParts} its parts if it is a
     * German compound.
     */
    record Unit(String text, List<String> folded, Set<Glossary.Concept> concepts, int edits,
                Optional<List<String>> germanParts) {

        boolean phrase() {
            return folded.size() > 1;
        }
    }

    static QueryWords parse(String typed, List<String> languages, Glossary glossary, GermanCompounds compounds) {
        List<String> words = Words.of(typed);
        List<String> folded = words.stream().map(Words::fold).toList();
        List<Unit> units = new ArrayList<>();
        List<Unit> meaningless = new ArrayList<>();
        int i = 0;
        for (Glossary.Found found : glossary.find(words, languages)) {
            while (i < found.start()) {
                add(words.get(i), folded.get(i), languages, compounds, units, meaningless);
                i++;
            }
            units.add(new Unit(String.join(" ", words.subList(found.start(), found.start() + found.length())),
                    folded.subList(found.start(), found.start() + found.length()), found.concepts(),
                    found.length() == 1 ? Words.allowedEdits(words.get(found.start())) : 0, Optional.empty()));
            i = found.start() + found.length();
        }
        while (i < words.size()) {
            add(words.get(i), folded.get(i), languages, compounds, units, meaningless);
            i++;
        }
        List<Unit> kept = units.isEmpty() ? meaningless : units;
        return new QueryWords(kept.stream().limit(MAX_UNITS).toList());
    }

    private static void add(String word, String folded, List<String> languages, GermanCompounds compounds,
                            List<Unit> units, List<Unit> meaningless) {
        Unit unit = new Unit(word, List.of(folded), Set.of(), Words.allowedEdits(word), compounds.split(folded));
        String lower = word.toLowerCase(Locale.ROOT);
        boolean stop = languages.stream().map(STOP_WORDS::get).filter(Objects::nonNull)
                .anyMatch(set -> set.contains(lower));
        (stop ? meaningless : units).add(unit);
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    /** Whether any word is long enough for a typing mistake to be forgiven. */
    boolean forgivable() {
        return units.stream().anyMatch(u -> u.edits() > 0);
    }
}
