package de.willkommenvorort.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Marks in a text the words a query matched, by the query's own rules: the word as typed, its
 * stem in the text's language, the word with the typing mistakes the query forgave, a German
 * compound holding it, the parts of a compound typed, and the German words the glossary added.
 * Cheaper than asking the engine's highlighter, which rebuilt every forgiving (fuzzy) query for
 * every field of every card.
 */
final class Matches {

    private static final int MIN_PART = 4;
    /**
     * Words decided for all recent queries together at most (about 20 MB): a query's cards share
     * most of their words, and a query asked again (the next page, the next newcomer typing
     * "Deutschkurs") finds them decided. A cap per query instead left a query whose cards hold
     * many different words deciding most of them again at every search.
     */
    private static final int MAX_DECIDED = 200_000;
    private static final AtomicInteger DECIDED = new AtomicInteger();

    /** The matches of the queries asked lately (64), with what they decided. */
    private static final Cache<QueryWords, Matches> RECENT = Caffeine.newBuilder().maximumSize(64)
            .<QueryWords, Matches>removalListener((query, matches, cause) -> {
                if (matches != null) {
                    DECIDED.addAndGet(-matches.decidedCount.get());
                }
            }).build();

    /** The matches of a query, as decided for its recent searches. */
    static Matches of(QueryWords query) {
        return RECENT.get(query, Matches::new);
    }

    /** A query word: folded, the mistakes forgiven in it, and whether it is only a part or an added word. */
    private record Wanted(String written, String folded, int edits, boolean typed) {
    }

    private final List<Wanted> wanted = new ArrayList<>();
    /** The words as typed (folded), to compare a text's words with at once. */
    private final Set<String> typedWords = new HashSet<>();
    /** German compound parts and the glossary's German words, folded. */
    private final Set<String> addedWords = new HashSet<>();
    /** The typed words that are forgiven mistakes or found inside German compounds. */
    private final List<Wanted> forgiving = new ArrayList<>();
    private final Map<String, Set<String>> stemsByLanguage = new ConcurrentHashMap<>();
    /** What was decided for a word, by language: cards repeat their words. Searches share it. */
    private final Map<String, Map<String, Match>> decided = new ConcurrentHashMap<>();
    private final AtomicInteger decidedCount = new AtomicInteger();

    Matches(QueryWords query) {
        for (QueryWords.Unit unit : query.units()) {
            List<String> written = Words.of(unit.text());
            for (int i = 0; i < unit.folded().size(); i++) {
                wanted.add(new Wanted(i < written.size() ? written.get(i) : unit.folded().get(i), unit.folded().get(i),
                        unit.phrase() ? 0 : unit.edits(), true));
            }
            unit.germanParts().ifPresent(parts -> parts.forEach(p -> wanted.add(new Wanted(p, p, 0, false))));
            unit.concepts().forEach(concept -> concept.german().forEach(term -> Words.of(term)
                    .forEach(w -> wanted.add(new Wanted(w, Words.fold(w), 0, false)))));
        }
        for (Wanted w : wanted) {
            (w.typed() ? typedWords : addedWords).add(w.folded());
            if (w.typed() && (w.edits() > 0 || Words.length(w.folded()) >= MIN_PART)) {
                forgiving.add(w);
            }
        }
    }

    /** The text with what the query matched marked. */
    Marked in(String text, String language) {
        return marking(text, language).marked();
    }

    /**
     * A text marked, and how many of its marked words the words as typed match (not only those the
     * glossary added): the passage holding most of what was typed is the one to show.
     */
    record Marking(Marked marked, int typed) {
    }

    Marking marking(String text, String language) {
        Set<String> stems = stemsByLanguage.computeIfAbsent(language, this::stems);
        Map<String, Match> known = decided.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        List<Marked.Piece> pieces = new ArrayList<>();
        int done = 0;
        int typed = 0;
        int end = 0;
        for (int start = Words.nextWord(text, 0); start >= 0; start = Words.nextWord(text, end)) {
            end = Words.wordEnd(text, start);
            String word = text.substring(start, end);
            Match match = known.get(word);
            if (match == null) {
                match = match(word, language, stems);
                if (DECIDED.get() < MAX_DECIDED && known.putIfAbsent(word, match) == null) {
                    decidedCount.incrementAndGet();
                    DECIDED.incrementAndGet();
                }
            }
            if (match != Match.NONE) {
                typed += match == Match.TYPED ? 1 : 0;
                if (start > done) {
                    pieces.add(new Marked.Piece(text.substring(done, start), false));
                }
                pieces.add(new Marked.Piece(word, true));
                done = end;
            }
        }
        if (done < text.length()) {
            pieces.add(new Marked.Piece(text.substring(done), false));
        }
        return new Marking(new Marked(List.copyOf(pieces)), typed);
    }

    /** How a word of a text meets the query: not, by a word as typed, or only by a word added. */
    private enum Match { NONE, TYPED, ADDED }

    private Match match(String word, String language, Set<String> stems) {
        String folded = Words.fold(word);
        if (typedWords.contains(folded)) {
            return Match.TYPED;
        }
        for (Wanted w : forgiving) {
            if (w.edits() > 0 && !folded.isEmpty() && folded.charAt(0) == w.folded().charAt(0)
                    && Words.distance(folded, w.folded(), w.edits()) <= w.edits()
                    || "de".equals(language) && Words.length(w.folded()) >= MIN_PART && folded.contains(w.folded())) {
                return Match.TYPED;
            }
        }
        if (!stems.isEmpty() && stems.contains(Stems.of(language, word))) {
            return Match.TYPED;
        }
        return addedWords.contains(folded) ? Match.ADDED : Match.NONE;
    }

    /** The stems of the wanted words in a language, to meet their other forms ("курсы" in "курсів"). */
    private Set<String> stems(String language) {
        Set<String> stems = new HashSet<>();
        if (Stems.known(language)) {
            Stems.of(language, wanted.stream().filter(Wanted::typed).map(Wanted::written).toList())
                    .ifPresent(stems::addAll);
        }
        return stems;
    }
}
