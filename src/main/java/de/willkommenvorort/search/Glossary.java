package de.willkommenvorort.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search glossary ({@code translations/search-glossary.properties}, versioned with the app):
 * words of official German letters and the ways newcomers write them in their languages, each
 * pointing to the categories it means and to the German words offers use for it. "джобцентр",
 * "جوب سنتر" and "Jobcenter" all lead to the job centre's offers, whatever the offers are written in.
 */
final class Glossary {

    static final String RESOURCE = "/translations/search-glossary.properties";
    private static final String CATEGORIES = "categories";

    /** One concept: its category codes and its words by language. */
    record Concept(String id, Set<String> categories, Map<String, List<String>> terms) {

        /** The German words, which offers in any language carry at least in their German text. */
        List<String> german() {
            return terms.getOrDefault("de", List.of());
        }
    }

    /** A concept found in what was typed: the words it covers, from {@code start}, {@code length} long. */
    record Found(int start, int length, Set<Concept> concepts) {
    }

    private final Map<String, Concept> concepts;
    /** Terms as folded word sequences, in any language → the concepts they mean. */
    private final Map<List<String>, Set<Concept>> terms = new HashMap<>();
    /** Per language, terms as sequences of folded stems → the concepts they mean. */
    private final Map<String, Map<List<String>, Set<Concept>>> stemmed = new HashMap<>();
    /** The one-word terms as code points, for the nearest term to a mistyped word. */
    private final List<Map.Entry<int[], Set<Concept>>> single = new ArrayList<>();
    private final int longest;

    private Glossary(Map<String, Concept> concepts) {
        this.concepts = concepts;
        int longestTerm = 1;
        for (Concept concept : concepts.values()) {
            for (Map.Entry<String, List<String>> byLanguage : concept.terms().entrySet()) {
                for (String term : byLanguage.getValue()) {
                    List<String> words = Words.of(term);
                    if (words.isEmpty()) {
                        continue;
                    }
                    terms.computeIfAbsent(words.stream().map(Words::fold).toList(), k -> new LinkedHashSet<>())
                            .add(concept);
                    Stems.of(byLanguage.getKey(), words).ifPresent(stems -> stemmed
                            .computeIfAbsent(byLanguage.getKey(), k -> new HashMap<>())
                            .computeIfAbsent(stems, k -> new LinkedHashSet<>()).add(concept));
                    longestTerm = Math.max(longestTerm, words.size());
                }
            }
        }
        this.longest = longestTerm;
        terms.forEach((words, meant) -> {
            if (words.size() == 1) {
                single.add(Map.entry(words.getFirst().codePoints().toArray(), meant));
            }
        });
    }

    static Glossary load() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The search glossary " + RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(Properties properties) {
        Map<String, Set<String>> categories = new TreeMap<>();
        Map<String, Map<String, List<String>>> terms = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("Glossary key without concept and part: " + key);
            }
            String concept = key.substring(0, dot);
            String part = key.substring(dot + 1);
            String value = properties.getProperty(key);
            if (CATEGORIES.equals(part)) {
                categories.put(concept, new LinkedHashSet<>(Arrays.stream(value.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList()));
            } else {
                terms.computeIfAbsent(concept, c -> new TreeMap<>()).put(part, Arrays.stream(value.split("\\|"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        }
        Map<String, Concept> concepts = new TreeMap<>();
        terms.forEach((id, byLanguage) -> concepts.put(id, new Concept(id,
                Set.copyOf(categories.getOrDefault(id, Set.of())), Map.copyOf(byLanguage))));
        return new Glossary(concepts);
    }

    Map<String, Concept> concepts() {
        return concepts;
    }

    /**
     * The concepts in what was typed, longest term first and left to right: a term as written, or
     * as the stems of one of {@code languages} ("курсы немецкого" for "курс немецкого"). A single
     * long word is also taken with a typing mistake or two ("Aufenthaltstitle").
     */
    List<Found> find(List<String> words, List<String> languages) {
        List<String> folded = words.stream().map(Words::fold).toList();
        Map<String, List<String>> stems = new HashMap<>();
        for (String language : languages) {
            Stems.of(language, words).ifPresent(s -> stems.put(language, s));
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            Optional<Found> match = Optional.empty();
            for (int length = Math.min(longest, folded.size() - i); length >= 1 && match.isEmpty(); length--) {
                Set<Concept> meant = new LinkedHashSet<>(terms.getOrDefault(folded.subList(i, i + length), Set.of()));
                for (Map.Entry<String, List<String>> inLanguage : stems.entrySet()) {
                    meant.addAll(stemmed.getOrDefault(inLanguage.getKey(), Map.of())
                            .getOrDefault(inLanguage.getValue().subList(i, i + length), Set.of()));
                }
                if (!meant.isEmpty()) {
                    match = Optional.of(new Found(i, length, meant));
                }
            }
            if (match.isEmpty()) {
                int at = i;
                match = nearest(folded.get(i)).map(meant -> new Found(at, 1, meant));
            }
            if (match.isPresent()) {
                found.add(match.get());
                i += match.get().length();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The concepts of the one-word term nearest to {@code word}, if it is near enough. */
    private Optional<Set<Concept>> nearest(String word) {
        int allowed = Words.length(word) >= 10 ? 2 : Words.length(word) >= 6 ? 1 : 0;
        if (allowed == 0) {
            return Optional.empty();
        }
        Set<Concept> best = null;
        int bestDistance = allowed + 1;
        int[] typed = word.codePoints().toArray();
        for (Map.Entry<int[], Set<Concept>> term : single) {
            if (Math.abs(term.getKey().length - typed.length) > allowed) {
                continue;
            }
            int distance = Words.distance(typed, term.getKey(), allowed);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = term.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
