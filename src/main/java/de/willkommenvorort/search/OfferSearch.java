package de.willkommenvorort.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.search.internal.SearchFields;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Free-text search over the published offers, forgiving as a person is: per-language word forms,
 * German compounds, one or two typing mistakes, the glossary's words of official letters, and the
 * newcomer's language, German, English and the offer's original language all at once. Filters
 * and counts are those of the list; without text the list comes from {@link PublicOffers}. Typing
 * mistakes are forgiven when the words as typed find few offers: a word spelt right is not
 * diluted by every word a letter or two away, and a search costs less.
 */
@Service
public class OfferSearch {

    private static final float TITLE = 4f;
    private static final float SUMMARY = 2f;
    private static final float DESCRIPTION = 1f;
    private static final float MISTYPED = 0.2f;
    /**
     * Counts are exact up to here; beyond, "more than" this many: the engine may then skip what
     * cannot reach the first page, which keeps a search for a common word fast in a large county.
     */
    static final int COUNT_EXACT_UP_TO = 1000;
    /** Typing mistakes are forgiven when the words as typed find fewer offers than this. */
    static final int FORGIVE_BELOW = 5;
    /**
     * A German word the glossary adds for what was typed ("Leben in Deutschland" for
     * "Integrationskurs"): a small, fixed share, so that a long added phrase never outranks the
     * typed word itself, even mistyped.
     */
    private static final float EXPANDED = 1f;
    /** At most this many German words added per glossary term typed (a concept may list ten). */
    private static final int MAX_ADDED = 8;
    /** An offer in a category the typed words name (by the glossary or the category's name). */
    private static final float CATEGORY = 3f;
    /** Nothing typed is an operator: a "-" or a quote is part of the words. */
    private static final Set<SimpleQueryFlag> NO_OPERATORS = EnumSet.noneOf(SimpleQueryFlag.class);

    private final SessionFactory sessions;
    private final PublicOffers offers;
    private final CategoryService categories;
    private final Clock clock;
    private final Glossary glossary;
    private final GermanCompounds compounds;
    private final RecentSearches recent;
    /**
     * What the last thousand different texts typed were cut into, by the languages searched:
     * newcomers type the same few words again and again, and looking them up in the glossary
     * (with typing mistakes) is a tenth of a search. The glossary and compounds never change
     * while the app runs.
     */
    private final Cache<Map.Entry<String, List<String>>, QueryWords> parsed = Caffeine.newBuilder()
            .maximumSize(1_000).build();

    /**
     * How long a search with words took as the newcomer waited for it, queue included: searched
     * anew, or the answer of the last second reused (which takes next to nothing and would hide
     * slow searches among the fast). No words, no ids in the tags.
     */
    private final Timer searched;
    private final Timer reused;

    OfferSearch(EntityManagerFactory entityManagerFactory, PublicOffers offers, CategoryService categories,
                Clock clock, RecentSearches recent, @Value("${wvo.search.searches-at-once:0}") int atOnce,
                MeterRegistry meters) {
        this.searched = searchTimer(meters, "searched");
        this.reused = searchTimer(meters, "reused");
        this.recent = recent;
        this.running = new Semaphore(atOnce > 0 ? atOnce : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.sessions = entityManagerFactory.unwrap(SessionFactory.class);
        this.offers = offers;
        this.categories = categories;
        this.clock = clock;
        this.glossary = Glossary.load();
        this.compounds = GermanCompounds.load();
    }

    /** One page of the offers a filter (with or without text) lets through, best first. */
    public FoundOffers find(OfferFilter filter, String language, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, PublicOffers.MAX_PAGE);
        if (filter.text().isEmpty()) {
            List<OfferCard> cards = offers.page(filter, language, from, size);
            return new FoundOffers(offers.count(filter, language), true,
                    cards.stream().map(OfferSearch::unmarked).toList(), false, Optional.empty());
        }
        long start = System.nanoTime();
        boolean[] anew = {false};
        FoundOffers found = recent.answer(new RecentSearches.Asked(filter, language, from, size, LocalDate.now(clock)), () -> {
            anew[0] = true;
            // First come, first served: more searches at once than the processors can run make every
            // one of them slower, and a few of them very slow.
            running.acquireUninterruptibly();
            try {
                return search(filter, language, from, size);
            } finally {
                running.release();
            }
        });
        (anew[0] ? searched : reused).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return found;
    }

    private static Timer searchTimer(MeterRegistry meters, String answer) {
        return Timer.builder("wvo.search")
                .description("Searches with words, from asking to the answer (waiting for a turn included)")
                .tag("answer", answer).register(meters);
    }

    /**
     * Searches running at once (by default two per processor: one may wait for the database or a
     * lock while the other runs); the others queue in the order they came.
     */
    private final Semaphore running;

    private FoundOffers search(OfferFilter filter, String language, int from, int size) {
        List<String> languages = languages(language);
        QueryWords words = parsed.get(Map.entry(filter.text().get(), languages),
                typed -> QueryWords.parse(typed.getKey(), typed.getValue(), glossary, compounds));
        if (words.isEmpty()) {
            return FoundOffers.nothing(Optional.empty());
        }
        Asked asked = new Asked(words, languages, filter, LocalDate.now(clock), catalogue());
        // A session of its own, outside any transaction: the index answers without the database,
        // which is asked only for the page's cards, so a search holds no connection while it runs.
        try (Session hibernate = sessions.openSession()) {
            SearchSession session = Search.session(hibernate);
            SearchResult<Found> result = fetch(session, asked, false, false, from, size);
            boolean forgiven = false;
            if (words.forgivable() && result.total().hitCountLowerBound() < FORGIVE_BELOW
                    && fewInCounty(session, asked)) {
                // Few or none as typed: forgive typing mistakes (matches of the words as typed stay first).
                result = fetch(session, asked, true, false, from, size);
                forgiven = true;
            }
            if (result.total().hitCountLowerBound() > 0) {
                return found(result, hits(result.hits(), languages, language, words), false, Optional.empty());
            }
            // A single word that, forgiving mistakes, matched nothing in the whole county need not be
            // asked again on its own before looking for a near spelling.
            boolean unmatched = forgiven && words.units().size() == 1 && !narrows(filter);
            Optional<String> suggestion = suggestion(session, asked, unmatched);
            if (words.units().size() > 1 && words.units().size() < 4) {
                // Nothing has all the words ("Hausaufgabenhilfe Wiesental"): offer what has most of them.
                SearchResult<Found> most = fetch(session, asked, true, true, from, size);
                if (most.total().hitCountLowerBound() > 0) {
                    return found(most, hits(most.hits(), languages, language, words), true, suggestion);
                }
            }
            return FoundOffers.nothing(suggestion);
        }
    }

    /**
     * Whether the words as typed find few offers in the whole county, whatever the filters: typing
     * mistakes are forgiven by that alone, so that a narrower filter never finds more.
     */
    private boolean fewInCounty(SearchSession session, Asked asked) {
        if (!narrows(asked.filter())) {
            return true;
        }
        return session.search(Offer.class)
                .where(f -> query(f, asked.withWords(asked.words(), OfferFilter.everything()), false, false))
                .totalHitCountThreshold(FORGIVE_BELOW).fetchTotalHitCount() < FORGIVE_BELOW;
    }

    /** Whether a filter leaves out any offer the words would find. */
    private static boolean narrows(OfferFilter filter) {
        return filter.withText("").narrowsBeyondBlock() || filter.block().isPresent();
    }

    private static FoundOffers found(SearchResult<Found> result, List<FoundOffers.Hit> hits, boolean partial,
                                     Optional<String> suggestion) {
        return new FoundOffers(Math.toIntExact(result.total().hitCountLowerBound()), result.total().isHitCountExact(),
                hits, partial, suggestion);
    }

    /** What a search asks: the words, the languages searched, the filter, the day, the categories. */
    private record Asked(QueryWords words, List<String> languages, OfferFilter filter, LocalDate today,
                         Catalogue catalogue) {

        Asked withWords(QueryWords other, OfferFilter otherFilter) {
            return new Asked(other, languages, otherFilter, today, catalogue);
        }
    }

    private SearchResult<Found> fetch(SearchSession session, Asked asked, boolean forgiving, boolean most, int from,
                                     int size) {
        return session.search(session.scope(Offer.class))
                .select(f -> f.composite().from(f.id(Long.class), f.field(SearchFields.VERSION, Long.class))
                        .as(Found::new))
                .where(f -> query(f, asked, forgiving, most))
                .totalHitCountThreshold(COUNT_EXACT_UP_TO)
                .fetch(from, size);
    }

    /** Only the count, as the list's heading and "found nothing" need it. */
    public int count(OfferFilter filter, String language) {
        if (filter.text().isEmpty()) {
            return offers.count(filter, language);
        }
        return find(filter, language, 0, 1).total();
    }

    /**
     * The newcomer's language, the languages its readers also read and those whose readers read it
     * (Dari and Farsi read each other's texts), German and English.
     */
    static List<String> languages(String language) {
        // Made once per served language (never for whatever else a caller passes).
        return SearchFields.LANGUAGES.contains(language) ? SEARCHED.computeIfAbsent(language, OfferSearch::searched)
                : searched(language);
    }

    private static final Map<String, List<String>> SEARCHED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> searched(String language) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(language);
        Language.ofCode(language).ifPresent(asked -> {
            asked.alsoReads().forEach(read -> languages.add(read.code()));
            Language.all().stream().filter(other -> other.alsoReads().contains(asked))
                    .forEach(other -> languages.add(other.code()));
        });
        languages.add("de");
        languages.add("en");
        return languages.stream().filter(SearchFields.LANGUAGES::contains).toList();
    }

    /** The searched languages' text fields, and the original-language ones. */
    private static List<String> withOriginal(List<String> languages) {
        return Stream.concat(languages.stream(), Stream.of(SearchFields.ORIGINAL)).toList();
    }

    /**
     * All units must match; with {@code most}, all but one (of four or more: all but a quarter).
     * A long query, a whole sentence, asks for most of its words from the start.
     */
    private PredicateFinalStep query(SearchPredicateFactory f, Asked asked, boolean forgiving, boolean most) {
        var root = f.bool();
        List<SearchPredicate> units = asked.words().units().stream()
                .map(u -> unit(f, u, asked.languages(), asked.catalogue(), forgiving)).toList();
        int spared = units.size() >= 4 ? Math.max(1, units.size() / 4) : most ? 1 : 0;
        if (spared == 0) {
            units.forEach(root::must);
        } else {
            units.forEach(root::should);
            root.minimumShouldMatchNumber(units.size() - spared);
        }
        filters(f, asked.filter(), asked.catalogue()).forEach(root::filter);
        return root.mustNot(passed(f, asked.today()));
    }

    /**
     * What one unit of the query may match: its words in any searched language, as a German
     * compound's parts, through the glossary, and if {@code forgiving} with typing mistakes.
     */
    private SearchPredicate unit(SearchPredicateFactory f, QueryWords.Unit unit, List<String> languages,
                                 Catalogue catalogue, boolean forgiving) {
        var any = f.bool();
        for (String language : withOriginal(languages)) {
            // Several words ("job centre", "language course") must all be in one field (title,
            // summary or description), not as a phrase: a phrase reads word positions for every
            // offer holding the words (of 100,000, a fifth), at twice the cost of the whole
            // search; with a boost per field, an offer with the words in its title comes first.
            any.should(unit.phrase()
                    ? f.simpleQueryString().field(SearchFields.title(language)).boost(TITLE)
                    .field(SearchFields.summary(language)).boost(SUMMARY)
                    .field(SearchFields.description(language)).boost(DESCRIPTION)
                    .matching(unit.text()).defaultOperator(BooleanOperator.AND).flags(NO_OPERATORS)
                    : f.match().field(SearchFields.title(language)).boost(TITLE)
                    .field(SearchFields.summary(language)).boost(SUMMARY)
                    .field(SearchFields.description(language)).boost(DESCRIPTION)
                    .matching(unit.text()));
        }
        if (forgiving && unit.edits() > 0) {
            // One forgiving query over the words of every title and summary, whatever their
            // language, instead of one per field: the same matches at a twelfth of the cost.
            any.should(f.match().field(SearchFields.SPELLING).matching(unit.text()).fuzzy(unit.edits(), 1)
                    .boost(MISTYPED));
        }
        any.should(f.match().field(SearchFields.PLACE).matching(unit.text()).boost(SUMMARY));
        unit.germanParts().ifPresent(parts -> {
            var all = f.bool();
            parts.forEach(part -> all.must(f.match().field(SearchFields.title("de")).boost(TITLE)
                    .field(SearchFields.summary("de")).boost(SUMMARY)
                    .field(SearchFields.description("de")).boost(DESCRIPTION).matching(part)));
            any.should(all.boost(0.8f));
        });
        Set<Long> meant = new HashSet<>(catalogue.named(unit.folded()));
        Set<String> added = new LinkedHashSet<>();
        for (Glossary.Concept concept : unit.concepts()) {
            concept.categories().stream().map(catalogue.byCode()::get).filter(java.util.Objects::nonNull)
                    .forEach(meant::add);
            added.addAll(concept.german());
        }
        // The typed word itself is matched in the German fields above already: asking for it again
        // read the same offers' words twice in every search for a glossary term.
        String typed = String.join(" ", unit.folded());
        for (String german : added.stream().filter(german -> !Words.fold(german).equals(typed)).limit(MAX_ADDED)
                .toList()) {
            // Every word of a phrase or of a hyphenated word ("Job-Center"), not any of them.
            any.should(f.simpleQueryString().fields(SearchFields.title("de"), SearchFields.summary("de"))
                    .matching(german).defaultOperator(BooleanOperator.AND).flags(NO_OPERATORS)
                    .constantScore().boost(EXPANDED));
        }
        if (!meant.isEmpty()) {
            any.should(f.terms().field(SearchFields.CATEGORY).matchingAny(meant).constantScore().boost(CATEGORY));
        }
        return any.toPredicate();
    }

    /**
     * The categories as a search needs them: ids by code (for the glossary), by building block (for
     * the filter) and every name folded (to find categories named in a query). Made once, and again
     * only when the categories changed.
     */
    private record Catalogue(List<CategoryRef> of, Map<String, Long> byCode, Map<BuildingBlock, List<Long>> byBlock,
                             Map<String, List<Map.Entry<Long, List<String>>>> namesByWord) {

        static Catalogue of(List<CategoryRef> categories) {
            Map<String, Long> byCode = new HashMap<>();
            Map<BuildingBlock, List<Long>> byBlock = new HashMap<>();
            Map<String, List<Map.Entry<Long, List<String>>>> namesByWord = new HashMap<>();
            for (CategoryRef category : categories) {
                byCode.put(category.code(), category.id());
                byBlock.computeIfAbsent(category.buildingBlock(), b -> new ArrayList<>()).add(category.id());
                category.names().values().forEach(name -> {
                    List<String> words = Words.folded(name);
                    Map.Entry<Long, List<String>> named = Map.entry(category.id(), words);
                    new LinkedHashSet<>(words).forEach(word -> namesByWord.computeIfAbsent(word,
                            w -> new ArrayList<>()).add(named));
                });
            }
            return new Catalogue(categories, Map.copyOf(byCode), Map.copyOf(byBlock), Map.copyOf(namesByWord));
        }

        /** Categories whose name, in any language, is or holds these folded words (four letters or more). */
        Set<Long> named(List<String> folded) {
            Set<Long> ids = new HashSet<>();
            if (!folded.isEmpty() && Words.length(String.join("", folded)) >= 4) {
                // Only the names holding the first word (of some 40 languages' names, a handful).
                namesByWord.getOrDefault(folded.getFirst(), List.of()).forEach(name -> {
                    if (Collections.indexOfSubList(name.getValue(), folded) >= 0) {
                        ids.add(name.getKey());
                    }
                });
            }
            return ids;
        }
    }

    private volatile Catalogue catalogue = Catalogue.of(List.of());

    private Catalogue catalogue() {
        List<CategoryRef> current = categories.everything();
        Catalogue known = catalogue;
        if (known.of() != current) {
            known = Catalogue.of(current);
            catalogue = known;
        }
        return known;
    }

    /**
     * What is no longer public: past its valid-until date, or an event without a date to come.
     * Excluded rather than asked for: the few offers that passed are cheap to leave out, where
     * requiring a date range of all the others made every search check nearly every offer.
     */
    private static SearchPredicate passed(SearchPredicateFactory f, LocalDate today) {
        return f.range().field(SearchFields.VISIBLE_UNTIL).lessThan(today).toPredicate();
    }

    /** The list's filters. */
    private List<SearchPredicate> filters(SearchPredicateFactory f, OfferFilter filter, Catalogue catalogue) {
        List<SearchPredicate> all = new ArrayList<>();
        filter.block().ifPresent(block -> all.add(f.terms().field(SearchFields.CATEGORY)
                .matchingAny(catalogue.byBlock().getOrDefault(block, List.of(-1L))).toPredicate()));
        filter.categoryId().ifPresent(id -> all.add(f.match().field(SearchFields.CATEGORY).matching(id).toPredicate()));
        filter.municipalityId().ifPresent(id -> all.add(f.or(f.match().field(SearchFields.MUNICIPALITY).matching(id),
                f.match().field(SearchFields.ONLINE).matching(true)).toPredicate()));
        filter.spokenLanguage().ifPresent(code -> all.add(f.match().field(SearchFields.SPOKEN).matching(code)
                .toPredicate()));
        filter.targetGroup().ifPresent(group -> all.add(f.match().field(SearchFields.GROUPS).matching(group)
                .toPredicate()));
        if (filter.freeOnly()) {
            all.add(f.match().field(SearchFields.COST).matching(Cost.FREE).toPredicate());
        }
        if (filter.childcare()) {
            all.add(f.match().field(SearchFields.CHILDCARE).matching(true).toPredicate());
        }
        filter.courseLevel().ifPresent(level -> all.add(f.match().field(SearchFields.LEVEL).matching(level)
                .toPredicate()));
        filter.startsFrom().ifPresent(from -> all.add(f.range().field(SearchFields.NEXT_START).atLeast(from)
                .toPredicate()));
        return all;
    }

    /** An offer the index found, at the version it indexed. */
    private record Found(Long id, Long version) {
    }

    /** The cards of the found offers with what matched, in the order found. */
    private List<FoundOffers.Hit> hits(List<Found> found, List<String> languages, String language, QueryWords words) {
        SequencedMap<Long, Long> ids = new LinkedHashMap<>();
        found.forEach(hit -> ids.put(hit.id(), hit.version()));
        Matches matches = Matches.of(words);
        List<FoundOffers.Hit> hits = new ArrayList<>();
        Map<Long, String> unmarked = new HashMap<>();
        PublicOffers.CardsAndTexts read = offers.cards(ids, language, languages);
        for (OfferCard card : read.cards()) {
            Marked title = matches.in(card.title(), card.textLanguage());
            Marked summary = matches.in(card.summary(), card.textLanguage());
            hits.add(new FoundOffers.Hit(card, title, summary, Optional.empty()));
            if (!title.matched() && !summary.matched()) {
                unmarked.put(card.id(), card.textLanguage());
            }
        }
        if (unmarked.isEmpty()) {
            return hits;
        }
        // The words were found in another language's text: show the passage that holds most of
        // what was typed itself ("swimming" in the English text, before the German "Schwimmen" the
        // glossary added); the title says best what the offer is, the summary where it has nothing.
        Map<String, List<OfferCard>> texts = new HashMap<>();
        // The text the card shows was marked already.
        read.texts().stream().filter(text -> unmarked.containsKey(text.id())
                && !text.textLanguage().equals(unmarked.get(text.id()))).forEach(text -> texts.computeIfAbsent(
                text.textLanguage(), l -> new ArrayList<>()).add(text));
        Map<Long, FoundOffers.Passage> elsewhere = new HashMap<>();
        Map<Long, Integer> best = new HashMap<>();
        for (String other : languages) {
            for (OfferCard text : texts.getOrDefault(other, List.of())) {
                Matches.Marking inTitle = matches.marking(text.title(), other);
                Matches.Marking inSummary = matches.marking(text.summary(), other);
                Marked passage = inTitle.marked().matched() ? inTitle.marked() : inSummary.marked();
                int typed = inTitle.typed() + inSummary.typed();
                if (passage.matched() && typed > best.getOrDefault(text.id(), -1)) {
                    best.put(text.id(), typed);
                    elsewhere.put(text.id(), new FoundOffers.Passage(other, passage));
                }
            }
        }
        return hits.stream().map(hit -> elsewhere.containsKey(hit.card().id())
                ? new FoundOffers.Hit(hit.card(), hit.title(), hit.summary(),
                Optional.of(elsewhere.get(hit.card().id()))) : hit).toList();
    }

    private static FoundOffers.Hit unmarked(OfferCard card) {
        return new FoundOffers.Hit(card, Marked.plain(card.title()), Marked.plain(card.summary()), Optional.empty());
    }

    /**
     * When nothing was found: a spelling of the query that would find something, replacing each
     * word that matches nothing on its own with the nearest word of the offers' titles.
     */
    private Optional<String> suggestion(SearchSession session, Asked asked, boolean unmatched) {
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (QueryWords.Unit unit : asked.words().units()) {
            if (unit.phrase() || !unit.concepts().isEmpty() || !unmatched && matches(session, unit, asked)) {
                corrected.add(unit.text());
                continue;
            }
            Optional<String> near = nearest(session, unit.folded().getFirst());
            corrected.add(near.orElse(unit.text()));
            changed |= near.isPresent();
        }
        if (!changed) {
            return Optional.empty();
        }
        String text = String.join(" ", corrected);
        Asked again = asked.withWords(QueryWords.parse(text, asked.languages(), glossary, compounds),
                asked.filter().withText(text));
        long found = session.search(Offer.class).where(f -> query(f, again, true, false)).fetchTotalHitCount();
        return found > 0 ? Optional.of(text) : Optional.empty();
    }

    private boolean matches(SearchSession session, QueryWords.Unit unit, Asked asked) {
        return session.search(Offer.class)
                .where(f -> f.bool().must(unit(f, unit, asked.languages(), asked.catalogue(), true))
                        .mustNot(passed(f, asked.today())))
                .fetchTotalHitCount() > 0;
    }

    /** The title word nearest to a folded word, at most two mistakes away, the most frequent of equals. */
    private Optional<String> nearest(SearchSession session, String folded) {
        if (Words.length(folded) < 3) {
            return Optional.empty();
        }
        AggregationKey<Map<String, Long>> key = AggregationKey.of("words");
        Map<String, Long> candidates = session.search(Offer.class)
                .where(f -> f.match().field(SearchFields.WORDS_FOLDED).matching(folded).fuzzy(2, 0))
                .aggregation(key, f -> f.terms().field(SearchFields.WORDS, String.class).maxTermCount(500))
                .fetch(0).aggregation(key);
        String best = null;
        int bestDistance = 3;
        long bestCount = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, Long> candidate : candidates.entrySet()) {
            String candidateFolded = Words.fold(candidate.getKey());
            int distance = seen.computeIfAbsent(candidateFolded, c -> Words.distance(folded, c, 2));
            if (distance < bestDistance || distance == bestDistance && candidate.getValue() > bestCount) {
                best = candidate.getKey();
                bestDistance = distance;
                bestCount = candidate.getValue();
            }
        }
        return Optional.ofNullable(best).filter(b -> !Words.fold(b).equals(folded));
    }
}
