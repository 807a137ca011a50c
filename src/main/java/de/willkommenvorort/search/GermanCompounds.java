package de.willkommenvorort.search;

import de.willkommenvorort.search.internal.SearchAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a German compound a newcomer typed into the parts the index knows, with the same word
 * list the index's compound filter uses: "Frauenschwimmen" is frauen + schwimmen, so that it finds
 * "Schwimmen für Frauen". A word splits only when parts cover all of it, joined directly or by a
 * linking s, n, e, es or en.
 */
final class GermanCompounds {

    private static final List<String> LINKS = List.of("", "s", "n", "e", "es", "en");
    private static final int MIN_PART = 3;

    private final Set<String> parts = new HashSet<>();

    GermanCompounds(List<String> words) {
        words.stream().map(Words::fold).forEach(parts::add);
    }

    static GermanCompounds load() {
        return new GermanCompounds(SearchAnalysis.germanParts());
    }

    /** The parts of a folded word, fewest parts first; empty when it is not a known compound. */
    Optional<List<String>> split(String folded) {
        if (Words.length(folded) < 2 * MIN_PART) {
            return Optional.empty();
        }
        List<String> best = split(folded, 0);
        return best == null || best.size() < 2 ? Optional.empty() : Optional.of(best);
    }

    private List<String> split(String word, int from) {
        if (from == word.length()) {
            return List.of();
        }
        List<String> best = null;
        for (int end = word.length(); end - from >= MIN_PART; end--) {
            String part = word.substring(from, end);
            if (!parts.contains(part)) {
                continue;
            }
            for (String link : LINKS) {
                if (!word.startsWith(link, end)) {
                    continue;
                }
                int next = end + link.length();
                List<String> rest = split(word, next);
                if (rest != null && (best == null || rest.size() + 1 < best.size())) {
                    List<String> candidate = new ArrayList<>();
                    candidate.add(part);
                    candidate.addAll(rest);
                    best = candidate;
                }
            }
        }
        return best;
    }
}
