package de.willkommenvorort.search.internal;

import de.willkommenvorort.offer.EventDate;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The searchable texts of an offer: title, summary and description in every language it has,
 * each field with its language's analyzer; the original text once more, folded; the address; the
 * words of the titles for "did you mean"; the last day it is public; the version of this mapping
 * and of the offer.
 */
public class OfferDocument implements TypeBinder {

    /** The last day of an offer valid without end: far, and a date every backend can store. */
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]{2,}");

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("texts").use("originalLanguage").use("eventDates").use("validUntil").use("street")
                .use("postalCode").use("placeName").use("version");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<String, Fields> byLanguage = new HashMap<>();
        for (String language : SearchFields.LANGUAGES) {
            byLanguage.put(language, Fields.declare(schema, types, language, SearchAnalysis.analyzerOf(language),
                    SearchAnalysis.queryAnalyzerOf(language)));
        }
        Fields original = Fields.declare(schema, types, SearchFields.ORIGINAL, SearchAnalysis.FOLD, SearchAnalysis.FOLD);
        var spelling = schema.field(SearchFields.SPELLING, types.asString().analyzer(SearchAnalysis.FOLD)
                .projectable(Projectable.NO)).multiValued().toReference();
        var place = schema.field(SearchFields.PLACE, types.asString().analyzer(SearchAnalysis.FOLD)
                .projectable(Projectable.NO)).toReference();
        var words = schema.field(SearchFields.WORDS, types.asString().searchable(Searchable.NO)
                .aggregable(Aggregable.YES).projectable(Projectable.NO)).multiValued().toReference();
        var folded = schema.field(SearchFields.WORDS_FOLDED, types.asString().normalizer(SearchAnalysis.FOLD_KEYWORD)
                .projectable(Projectable.NO)).multiValued().toReference();
        var visibleUntil = schema.field(SearchFields.VISIBLE_UNTIL, types.asLocalDate().projectable(Projectable.NO))
                .toReference();
        var mapping = schema.field(SearchFields.MAPPING, types.asInteger().projectable(Projectable.NO)).toReference();
        var version = schema.field(SearchFields.VERSION, types.asLong().projectable(Projectable.YES)
                .searchable(Searchable.NO)).toReference();
        context.bridge(Offer.class, new Bridge(byLanguage, original, spelling, place, words, folded, visibleUntil,
                mapping, version));
    }

    /** The three text fields of one language. */
    record Fields(IndexFieldReference<String> title, IndexFieldReference<String> summary,
                  IndexFieldReference<String> description) {

        static Fields declare(IndexSchemaElement schema, IndexFieldTypeFactory types, String suffix, String analyzer,
                              String searchAnalyzer) {
            // Only searched: the texts a card shows come from the database.
            var text = types.asString().analyzer(analyzer).searchAnalyzer(searchAnalyzer)
                    .projectable(Projectable.NO).toIndexFieldType();
            return new Fields(schema.field(SearchFields.title(suffix), text).toReference(),
                    schema.field(SearchFields.summary(suffix), text).toReference(),
                    schema.field(SearchFields.description(suffix), text).toReference());
        }

        void write(DocumentElement document, OfferText text) {
            document.addValue(title, text.getTitle());
            document.addValue(summary, text.getSummary());
            document.addValue(description, text.getDescription());
        }
    }

    record Bridge(Map<String, Fields> byLanguage, Fields original, IndexFieldReference<String> spelling,
                  IndexFieldReference<String> place,
                  IndexFieldReference<String> words, IndexFieldReference<String> folded,
                  IndexFieldReference<LocalDate> visibleUntil, IndexFieldReference<Integer> mapping,
                  IndexFieldReference<Long> version)
            implements TypeBridge<Offer> {

        @Override
        public void write(DocumentElement document, Offer offer, TypeBridgeWriteContext context) {
            Set<String> titleWords = new LinkedHashSet<>();
            offer.getTexts().forEach((language, text) -> {
                Fields fields = byLanguage.get(language);
                if (fields != null) {
                    fields.write(document, text);
                }
                if (language.equals(offer.getOriginalLanguage()) && !"de".equals(language) && !"en".equals(language)) {
                    original.write(document, text);
                }
                document.addValue(spelling, text.getTitle());
                document.addValue(spelling, text.getSummary());
                Matcher matcher = WORD.matcher(text.getTitle());
                while (matcher.find()) {
                    titleWords.add(matcher.group());
                }
            });
            titleWords.forEach(word -> {
                document.addValue(words, word);
                document.addValue(folded, word);
            });
            String address = Stream.of(offer.getStreet(), offer.getPostalCode(), offer.getPlaceName())
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
            if (!address.isEmpty()) {
                document.addValue(place, address);
            }
            document.addValue(visibleUntil, visibleUntil(offer));
            document.addValue(mapping, SearchFields.MAPPING_VERSION);
            document.addValue(version, offer.getVersion());
        }

        /**
         * The last day the offer is public. One date that nearly every offer has still to reach, so
         * that a search excludes the few that passed instead of checking every offer's dates.
         */
        static LocalDate visibleUntil(Offer offer) {
            LocalDate until = offer.getValidUntil() == null ? NO_END : offer.getValidUntil();
            List<EventDate> eventDates = offer.getEventDates();
            if (eventDates.isEmpty()) {
                return until;
            }
            LocalDate last = eventDates.stream().filter(d -> !d.cancelled()).map(EventDate::date)
                    .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
            return last.isBefore(until) ? last : until;
        }
    }
}
