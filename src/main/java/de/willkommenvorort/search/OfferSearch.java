package de.willkommenvorort.search;

import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.search.internal.SearchFields;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-text search over the published offers, forgiving as a person is: per-language word forms,
 * German compounds, one or two typing mistakes, the glossary's words of official letters, and the
 * newcomer's language, German, English and the offer's original language all at once. Filters
 * and counts are those of the list; without text the list comes from {@link PublicOffers}.
 */
@Service
@Transactional(readOnly = true)
public class OfferSearch {

    /** Characters no offer text holds, to mark what the highlighter matched. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final float TITLE = 4f;
    private static final float SUMMARY = 2f;
    private static final float DESCRIPTION = 1f;
    private static final float MISTYPED = 0.2f;
    /**
     * A German word the glossary adds for what was typed ("Leben in Deutschland" for
     * "Integrationskurs"): a small, fixed share, so that a long added phrase never outranks the
     * typed word itself, even mistyped.
     */
    private static final float EXPANDED = 1f;
    /** An offer in a category the typed words name (by the glossary or the category's name). */
    private static final float CATEGORY = 3f;

    @PersistenceContext
    private EntityManager entityManager;
    private final PublicOffers offers;
    private final CategoryService categories;
    private final Clock clock;
    private final Glossary glossary;
    private final GermanCompounds compounds;

    OfferSearch(PublicOffers offers, CategoryService categories, Clock clock) {
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
            return new FoundOffers(offers.count(filter, language),
                    cards.stream().map(OfferSearch::unmarked).toList(), false, Optional.empty());
        }
        List<String> languages = languages(language);
        QueryWords words = QueryWords.parse(filter.text().get(), languages, glossary, compounds);
        if (words.isEmpty()) {
            return FoundOffers.nothing(Optional.empty());
        }
        SearchSession session = Search.session(entityManager);
        LocalDate today = LocalDate.now(clock);
        SearchResult<List<?>> result = fetch(session, words, languages, filter, today, false, from, size);
        if (result.total().hitCount() > 0) {
            return new FoundOffers(Math.toIntExact(result.total().hitCount()),
                    hits(result.hits(), languages, language, words), false, Optional.empty());
        }
        Optional<String> suggestion = suggestion(session, words, languages, filter, today);
        if (words.units().size() > 1 && words.units().size() < 4) {
            // Nothing has all the words ("Hausaufgabenhilfe Wiesental"): offer what has most of them.
            SearchResult<List<?>> most = fetch(session, words, languages, filter, today, true, from, size);
            if (most.total().hitCount() > 0) {
                return new FoundOffers(Math.toIntExact(most.total().hitCount()),
                        hits(most.hits(), languages, language, words), true, suggestion);
            }
        }
        return FoundOffers.nothing(suggestion);
    }

    private SearchResult<List<?>> fetch(SearchSession session, QueryWords words, List<String> languages,
                                        OfferFilter filter, LocalDate today, boolean most, int from, int size) {
        return session.search(session.scope(Offer.class))
                .select(f -> f.composite().from(projections(f, languages)).asList())
                .where(f -> query(f, words, languages, filter, today, most))
                .sort(f -> f.score().then().field(SearchFields.ID))
                .highlighter(h -> h.unified().tag(String.valueOf(OPEN), String.valueOf(CLOSE))
                        .numberOfFragments(2).noMatchSize(0))
                .fetch(from, size);
    }

    /** Only the count, as the list's heading and "found nothing" need it. */
    public int count(OfferFilter filter, String language) {
        if (filter.text().isEmpty()) {
            return offers.count(filter, language);
        }
        return find(filter, language, 0, 1).total();
    }

    /** The newcomer's language, German and English; Dari and Farsi read each other's texts. */
    static List<String> languages(String language) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(language);
        if ("prs".equals(language)) {
            languages.add("fa");
        } else if ("fa".equals(language)) {
            languages.add("prs");
        }
        languages.add("de");
        languages.add("en");
        return languages.stream().filter(SearchFields.LANGUAGES::contains).toList();
    }

    /** The searched languages' text fields, and the original-language ones. */
    private static List<String> withOriginal(List<String> languages) {
        return Stream.concat(languages.stream(), Stream.of(SearchFields.ORIGINAL)).toList();
    }

    /** The id, the original language and the marked titles and summaries of each searched language. */
    private static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f, List<String> languages) {
        List<SearchProjection<?>> list = new ArrayList<>();
        list.add(f.id(Long.class).toProjection());
        list.add(f.field(SearchFields.ORIGINAL_LANGUAGE, String.class).toProjection());
        for (String language : withOriginal(languages)) {
            list.add(f.highlight(SearchFields.title(language)).toProjection());
            list.add(f.highlight(SearchFields.summary(language)).toProjection());
        }
        return list.toArray(SearchProjection[]::new);
    }

    /**
     * All units must match; with {@code most}, all but one (of four or more: all but a quarter).
     * A long query, a whole sentence, asks for most of its words from the start.
     */
    private PredicateFinalStep query(SearchPredicateFactory f, QueryWords words, List<String> languages,
                                     OfferFilter filter, LocalDate today, boolean most) {
        var root = f.bool();
        List<SearchPredicate> units = words.units().stream().map(u -> unit(f, u, languages)).toList();
        int spared = units.size() >= 4 ? Math.max(1, units.size() / 4) : most ? 1 : 0;
        if (spared == 0) {
            units.forEach(root::must);
        } else {
            units.forEach(root::should);
            root.minimumShouldMatchNumber(units.size() - spared);
        }
        filters(f, filter, today).forEach(root::filter);
        return root;
    }

    /** What one unit of the query may match: its words in any searched language, mistyped too. */
    private SearchPredicate unit(SearchPredicateFactory f, QueryWords.Unit unit, List<String> languages) {
        var any = f.bool();
        for (String language : withOriginal(languages)) {
            if (unit.phrase()) {
                any.should(f.phrase().field(SearchFields.title(language)).boost(TITLE)
                        .field(SearchFields.summary(language)).boost(SUMMARY)
                        .field(SearchFields.description(language)).boost(DESCRIPTION)
                        .matching(unit.text()).slop(1));
            } else {
                any.should(f.match().field(SearchFields.title(language)).boost(TITLE)
                        .field(SearchFields.summary(language)).boost(SUMMARY)
                        .field(SearchFields.description(language)).boost(DESCRIPTION)
                        .matching(unit.text()));
                if (unit.edits() > 0) {
                    any.should(f.match().field(SearchFields.title(language)).boost(TITLE)
                            .field(SearchFields.summary(language)).boost(SUMMARY)
                            .field(SearchFields.description(language)).boost(DESCRIPTION)
                            .matching(unit.text()).fuzzy(unit.edits(), 1).boost(MISTYPED));
                }
            }
        }
        any.should(f.match().field(SearchFields.PLACE).matching(unit.text()).boost(SUMMARY));
        unit.germanParts().ifPresent(parts -> {
            var all = f.bool();
            parts.forEach(part -> all.must(f.match().field(SearchFields.title("de")).boost(TITLE)
                    .field(SearchFields.summary("de")).boost(SUMMARY)
                    .field(SearchFields.description("de")).boost(DESCRIPTION).matching(part)));
            any.should(all.boost(0.8f));
        });
        Set<Long> meant = new HashSet<>(categoriesNamed(unit));
        for (Glossary.Concept concept : unit.concepts()) {
            concept.categories().forEach(code -> categories.byCode(code).ifPresent(c -> meant.add(c.id())));
            for (String german : concept.german()) {
                any.should(f.phrase().fields(SearchFields.title("de"), SearchFields.summary("de"),
                        SearchFields.description("de")).matching(german).slop(1).constantScore().boost(EXPANDED));
            }
        }
        if (!meant.isEmpty()) {
            any.should(f.terms().field(SearchFields.CATEGORY).matchingAny(meant).constantScore().boost(CATEGORY));
        }
        return any.toPredicate();
    }

    /** Categories whose name, in any language, is or holds this unit's words. */
    private Set<Long> categoriesNamed(QueryWords.Unit unit) {
        Set<Long> ids = new HashSet<>();
        if (Words.length(String.join("", unit.folded())) < 4) {
            return ids;
        }
        for (FoldedName name : foldedNames()) {
            if (Collections.indexOfSubList(name.words(), unit.folded()) >= 0) {
                ids.add(name.category());
            }
        }
        return ids;
    }

    /** A category's name in one language, as folded words. */
    private record FoldedName(long category, List<String> words) {
    }

    private record FoldedNames(List<CategoryRef> of, List<FoldedName> names) {
    }

    private volatile FoldedNames folded = new FoldedNames(List.of(), List.of());

    /** The categories' names folded once, again only when the categories changed. */
    private List<FoldedName> foldedNames() {
        List<CategoryRef> current = categories.everything();
        FoldedNames known = folded;
        if (known.of() != current) {
            List<FoldedName> names = new ArrayList<>();
            current.forEach(c -> c.names().values().forEach(n -> names.add(new FoldedName(c.id(), Words.folded(n)))));
            known = new FoldedNames(current, List.copyOf(names));
            folded = known;
        }
        return known.names();
    }

    /** The list's filters, and what is public: within its valid-until date, an event with a date to come. */
    private List<SearchPredicate> filters(SearchPredicateFactory f, OfferFilter filter, LocalDate today) {
        List<SearchPredicate> all = new ArrayList<>();
        all.add(f.range().field(SearchFields.VALID_UNTIL).atLeast(today).toPredicate());
        all.add(f.or(f.match().field(SearchFields.EVENT).matching(false),
                f.range().field(SearchFields.DATES).atLeast(today)).toPredicate());
        filter.block().ifPresent(block -> all.add(f.terms().field(SearchFields.CATEGORY).matchingAny(
                categories.everything().stream().filter(c -> c.buildingBlock() == block).map(CategoryRef::id)
                        .toList()).toPredicate()));
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

    /** The cards of the found offers with what matched, in the order found. */
    private List<FoundOffers.Hit> hits(List<List<?>> rows, List<String> languages, String language,
                                       QueryWords words) {
        List<String> typed = words.units().stream().flatMap(u -> u.folded().stream()).toList();
        Map<Long, List<?>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put((Long) row.get(0), row));
        List<FoundOffers.Hit> hits = new ArrayList<>();
        for (OfferCard card : offers.cards(List.copyOf(byId.keySet()), language)) {
            List<?> row = byId.get(card.id());
            String original = (String) row.get(1);
            Map<String, List<Marked>> marks = new LinkedHashMap<>();
            List<String> fields = withOriginal(languages);
            for (int i = 0; i < fields.size(); i++) {
                String textLanguage = fields.get(i).equals(SearchFields.ORIGINAL) ? original : fields.get(i);
                List<Marked> found = marks.computeIfAbsent(textLanguage, k -> new ArrayList<>());
                for (Object fragment : (Collection<?>) row.get(2 + 2 * i)) {
                    found.add(Marked.ofFragment((String) fragment, OPEN, CLOSE));
                }
                for (Object fragment : (Collection<?>) row.get(3 + 2 * i)) {
                    found.add(Marked.ofFragment((String) fragment, OPEN, CLOSE));
                }
            }
            Set<String> matched = new HashSet<>();
            marks.getOrDefault(card.textLanguage(), List.of()).forEach(m -> matched.addAll(m.words()));
            Marked title = Marked.of(card.title(), matched);
            Marked summary = Marked.of(card.summary(), matched);
            Optional<FoundOffers.Passage> elsewhere = Optional.empty();
            if (!title.matched() && !summary.matched()) {
                // The passage that holds what was typed itself comes first ("swimming" in the
                // English text, before the German "Schwimmen" the glossary added).
                elsewhere = marks.entrySet().stream().filter(e -> !e.getKey().equals(card.textLanguage()))
                        .flatMap(e -> e.getValue().stream().filter(Marked::matched)
                                .map(m -> new FoundOffers.Passage(e.getKey(), m)))
                        .max(Comparator.comparingInt(p -> typed(p.text(), typed)));
            }
            hits.add(new FoundOffers.Hit(card, title, summary, elsewhere));
        }
        return hits;
    }

    /** How many of a passage's marked words begin like a word that was typed. */
    private static int typed(Marked passage, List<String> typed) {
        int count = 0;
        for (String word : passage.words()) {
            String folded = Words.fold(word);
            for (String t : typed) {
                int common = Math.min(4, Math.min(folded.length(), t.length()));
                if (common > 0 && folded.regionMatches(0, t, 0, common)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static FoundOffers.Hit unmarked(OfferCard card) {
        return new FoundOffers.Hit(card, Marked.of(card.title(), Set.of()),
                Marked.of(card.summary(), Set.of()), Optional.empty());
    }

    /**
     * When nothing was found: a spelling of the query that would find something, replacing each
     * word that matches nothing on its own with the nearest word of the offers' titles.
     */
    private Optional<String> suggestion(SearchSession session, QueryWords words, List<String> languages,
                                        OfferFilter filter, LocalDate today) {
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (QueryWords.Unit unit : words.units()) {
            if (unit.phrase() || !unit.concepts().isEmpty() || matches(session, unit, languages, today)) {
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
        OfferFilter again = filter.withText(text);
        QueryWords correctedWords = QueryWords.parse(text, languages, glossary, compounds);
        long found = session.search(Offer.class)
                .where(f -> query(f, correctedWords, languages, again, today, false)).fetchTotalHitCount();
        return found > 0 ? Optional.of(text) : Optional.empty();
    }

    private boolean matches(SearchSession session, QueryWords.Unit unit, List<String> languages, LocalDate today) {
        return session.search(Offer.class)
                .where(f -> f.bool().must(unit(f, unit, languages))
                        .filter(f.range().field(SearchFields.VALID_UNTIL).atLeast(today)))
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
