package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * An in-memory inverted index of the published offers' texts: word → offers, per language and
 * field (title or body), matched by prefix. MariaDB's full-text index took 0.3–2.6 s for common
 * words at 10,000 offers in 12 languages; this takes milliseconds (see docs/decisions). It holds
 * only what is public; the database stays the source of truth and the index is rebuilt from it.
 */
final class SearchIndex {

    /** The language key under which each offer's original-language text is indexed too. */
    static final String ORIGINAL = "*";
    private static final char SEPARATOR = '\u0001';

    /** What the public filters need to know of an offer, besides its texts. */
    record Entry(int id, long categoryId, String block, Long municipalityId, boolean online, Cost cost,
                 LocalDate validUntil, Set<String> spokenLanguages, Set<TargetGroup> targetGroups,
                 boolean childcare, CourseLevel courseLevel, LocalDate nextStart) {
    }

    /** One text of an offer: its language and its title and body words. */
    record Text(String language, String title, String body) {
    }

    private final ConcurrentHashMap<Integer, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, int[]> postings = new ConcurrentSkipListMap<>();

    /** Adds an offer, or replaces what the index knew of it. */
    void put(Entry metadata, String originalLanguage, Collection<Text> texts) {
        remove(metadata.id());
        for (String key : keys(originalLanguage, texts)) {
            postings.compute(key, (k, ids) -> insert(ids, metadata.id()));
        }
        entries.put(metadata.id(), metadata);
    }

    /**
     * Builds a whole index at once, from offers given in ascending id order: postings are appended,
     * never copied, so that 10,000 offers in 12 languages load in a second or two.
     */
    static final class Bulk {
        /** A growing list of offer ids for one key. */
        private static final class Ids {
            int[] ids = new int[4];
            int size;

            void add(int id) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size++] = id;
            }
        }

        private final Map<String, Ids> lists = new HashMap<>();
        private final List<Entry> entries = new ArrayList<>();

        void add(Entry metadata, String originalLanguage, Collection<Text> texts) {
            for (String key : keys(originalLanguage, texts)) {
                lists.computeIfAbsent(key, k -> new Ids()).add(metadata.id());
            }
            entries.add(metadata);
        }

        SearchIndex build() {
            SearchIndex index = new SearchIndex();
            lists.forEach((key, list) -> {
                int[] exact = Arrays.copyOf(list.ids, list.size);
                Arrays.sort(exact);
                index.postings.put(key, exact);
            });
            entries.forEach(e -> index.entries.put(e.id(), e));
            return index;
        }
    }

    private static Set<String> keys(String originalLanguage, Collection<Text> texts) {
        Set<String> keys = new HashSet<>();
        for (Text text : texts) {
            // German texts are searched in every language anyway; other originals are marked as such.
            List<String> languages = text.language().equals(originalLanguage)
                    && !TextChoice.GERMAN.equals(originalLanguage)
                    ? List.of(text.language(), ORIGINAL) : List.of(text.language());
            // Each distinct word once: a long description repeats its words many times.
            Set<String> title = new HashSet<>(SearchTerms.tokens(text.title()));
            Set<String> body = new HashSet<>(SearchTerms.tokens(text.body()));
            for (String language : languages) {
                title.forEach(w -> keys.add(key('T', language, w)));
                body.forEach(w -> keys.add(key('B', language, w)));
            }
        }
        return keys;
    }

    /** Forgets an offer: a walk over all words, which is fine for a review decision now and then. */
    void remove(int id) {
        if (entries.remove(id) == null) {
            return;
        }
        for (String key : postings.keySet()) {
            postings.computeIfPresent(key, (k, ids) -> delete(ids, id));
        }
    }

    int size() {
        return entries.size();
    }

    /**
     * The offers whose texts in {@code language}, German or their original language contain every
     * word (as a word beginning), passing {@code filter}, best first: a word in a title counts
     * twice; ties go to the older offer.
     */
    List<Integer> search(List<String> words, String language, LocalDate today, Predicate<Entry> filter) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> languages = List.of(language, TextChoice.GERMAN, ORIGINAL);
        Map<Integer, Integer> scores = null;
        for (String word : words) {
            Map<Integer, Integer> hits = new HashMap<>();
            for (String language1 : languages) {
                collect(hits, 'T', language1, word, 2);
                collect(hits, 'B', language1, word, 1);
            }
            if (scores == null) {
                scores = hits;
            } else {
                Map<Integer, Integer> both = new HashMap<>();
                for (Map.Entry<Integer, Integer> hit : hits.entrySet()) {
                    Integer before = scores.get(hit.getKey());
                    if (before != null) {
                        both.put(hit.getKey(), before + hit.getValue());
                    }
                }
                scores = both;
            }
            if (scores.isEmpty()) {
                return List.of();
            }
        }
        Map<Integer, Integer> scored = scores;
        List<Integer> found = new ArrayList<>();
        for (Integer id : scored.keySet()) {
            Entry entry = entries.get(id);
            if (entry != null && (entry.validUntil() == null || !entry.validUntil().isBefore(today))
                    && filter.test(entry)) {
                found.add(id);
            }
        }
        found.sort(Comparator.<Integer>comparingInt(scored::get).reversed().thenComparing(Comparator.naturalOrder()));
        return found;
    }

    private void collect(Map<Integer, Integer> hits, char field, String language, String prefix, int weight) {
        String from = key(field, language, prefix);
        ConcurrentNavigableMap<String, int[]> range = postings.subMap(from, true, from + Character.MAX_VALUE, false);
        for (int[] ids : range.values()) {
            for (int id : ids) {
                hits.merge(id, weight, Math::max);
            }
        }
    }

    private static String key(char field, String language, String word) {
        return field + language + SEPARATOR + word;
    }

    private static int[] insert(int[] ids, int id) {
        if (ids == null) {
            return new int[] {id};
        }
        int at = Arrays.binarySearch(ids, id);
        if (at >= 0) {
            return ids;
        }
        int position = -at - 1;
        int[] more = new int[ids.length + 1];
        System.arraycopy(ids, 0, more, 0, position);
        more[position] = id;
        System.arraycopy(ids, position, more, position + 1, ids.length - position);
        return more;
    }

    private static int[] delete(int[] ids, int id) {
        int at = Arrays.binarySearch(ids, id);
        if (at < 0) {
            return ids;
        }
        if (ids.length == 1) {
            return null;
        }
        int[] fewer = new int[ids.length - 1];
        System.arraycopy(ids, 0, fewer, 0, at);
        System.arraycopy(ids, at + 1, fewer, at, ids.length - at - 1);
        return fewer;
    }
}
