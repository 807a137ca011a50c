package de.willkommenvorort.search;

import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.TextChoice;
import de.willkommenvorort.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * A found offer as the index holds it: what its card shows, and its title and summary in every
 * language it has. The index holds published offers only and is changed in the transaction that
 * changes an offer, so a result page needs no database (docs/decisions/019).
 */
record Projected(long id, long categoryId, Long municipalityId, boolean online, Cost cost, String originalLanguage,
                 Map<String, Text> texts) {

    /** A title and summary in one language. */
    record Text(String title, String summary) {
    }

    private static final int FIXED = 6;

    static CompositeProjectionValueStep<?, Projected> of(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> parts = new ArrayList<>();
        parts.add(f.id(Long.class).toProjection());
        parts.add(f.field(SearchFields.CATEGORY, Long.class).toProjection());
        parts.add(f.field(SearchFields.MUNICIPALITY, Long.class).toProjection());
        parts.add(f.field(SearchFields.ONLINE, Boolean.class).toProjection());
        parts.add(f.field(SearchFields.COST, Cost.class).toProjection());
        parts.add(f.field(SearchFields.ORIGINAL_LANGUAGE, String.class).toProjection());
        for (String language : SearchFields.LANGUAGES) {
            parts.add(f.field(SearchFields.title(language), String.class).toProjection());
            parts.add(f.field(SearchFields.summary(language), String.class).toProjection());
        }
        return f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList(Projected::of);
    }

    private static Projected of(List<?> values) {
        Map<String, Text> texts = new HashMap<>();
        for (int i = 0; i < SearchFields.LANGUAGES.size(); i++) {
            String title = (String) values.get(FIXED + 2 * i);
            if (title != null) {
                texts.put(SearchFields.LANGUAGES.get(i), new Text(title, (String) values.get(FIXED + 2 * i + 1)));
            }
        }
        Boolean online = (Boolean) values.get(3);
        return new Projected((Long) values.get(0), (Long) values.get(1), (Long) values.get(2),
                online != null && online, (Cost) values.get(4), (String) values.get(5), Map.copyOf(texts));
    }

    /** The card in the newcomer's language where there is a text in it, chosen as the list chooses. */
    OfferCard card(String language, Map<Long, String> municipalities) {
        String chosen = TextChoice.pick(texts.keySet(), language, originalLanguage);
        String shown = texts.containsKey(chosen) ? chosen : texts.keySet().iterator().next();
        Text text = texts.get(shown);
        return new OfferCard(id, text.title(), text.summary(), shown, categoryId,
                Optional.ofNullable(municipalityId).map(municipalities::get), online, cost);
    }
}
