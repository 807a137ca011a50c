package de.willkommenvorort.find.ui;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.TargetGroup;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A filter as URL parameters and back: the one spelling of the list of offers', the list of
 * events' and the "found nothing" form's parameters.
 */
final class FilterParams {

    static final String P_BLOCK = OfferLinks.P_BLOCK;
    static final String P_CATEGORY = OfferLinks.P_CATEGORY;
    static final String P_PLACE = "place";
    static final String P_SPOKEN = "spoken";
    static final String P_GROUP = OfferLinks.P_GROUP;
    static final String P_FREE = "free";
    static final String P_CHILDCARE = "childcare";
    static final String P_LEVEL = "level";
    static final String P_FROM = "from";
    static final String P_TEXT = "q";

    private final CategoryService categories;

    FilterParams(CategoryService categories) {
        this.categories = categories;
    }

    /** The filter of a URL's query parameters; unknown values are ignored. */
    OfferFilter parse(Map<String, List<String>> params) {
        Function<String, Optional<String>> first = name -> params.getOrDefault(name, List.of()).stream().findFirst()
                .filter(v -> !v.isBlank());
        OfferFilter base = OfferFilter.everything()
                .withBlock(first.apply(P_BLOCK).flatMap(BuildingBlock::ofSlug).orElse(null))
                .withSpokenLanguage(first.apply(P_SPOKEN).flatMap(Language::ofCode).map(Language::code).orElse(null))
                .withTargetGroup(first.apply(P_GROUP).flatMap(FilterParams::targetGroup).orElse(null))
                .withFreeOnly(first.apply(P_FREE).filter("1"::equals).isPresent())
                .withChildcare(first.apply(P_CHILDCARE).filter("1"::equals).isPresent())
                .withCourseLevel(first.apply(P_LEVEL).flatMap(FilterParams::courseLevel).orElse(null))
                .withStartsFrom(first.apply(P_FROM).flatMap(FilterParams::date).orElse(null))
                .withText(first.apply(P_TEXT).orElse(""));
        Optional<CategoryRef> cat = first.apply(P_CATEGORY).flatMap(categories::byCode).filter(CategoryRef::active)
                .filter(c -> base.block().map(b -> b == c.buildingBlock()).orElse(true));
        return base.withCategory(cat.map(CategoryRef::id).orElse(null))
                .withMunicipality(first.apply(P_PLACE).flatMap(PlacePreference::parse).orElse(null));
    }

    /** The query parameters of a filter, in a stable order. */
    Map<String, String> of(OfferFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        f.block().ifPresent(b -> params.put(P_BLOCK, b.slug()));
        f.categoryId().flatMap(categories::byId).ifPresent(c -> params.put(P_CATEGORY, c.code()));
        f.municipalityId().ifPresent(id -> params.put(P_PLACE, id.toString()));
        f.spokenLanguage().ifPresent(l -> params.put(P_SPOKEN, l));
        f.targetGroup().ifPresent(g -> params.put(P_GROUP, slug(g)));
        f.courseLevel().ifPresent(l -> params.put(P_LEVEL, l.name()));
        f.startsFrom().ifPresent(d -> params.put(P_FROM, d.toString()));
        if (f.childcare()) {
            params.put(P_CHILDCARE, "1");
        }
        if (f.freeOnly()) {
            params.put(P_FREE, "1");
        }
        f.text().ifPresent(t -> params.put(P_TEXT, t));
        return params;
    }

    /** A query string in the parameters' own order ({@code a=1&b=2}), each value URL-encoded. */
    static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        });
        return query.toString();
    }

    private static String slug(TargetGroup group) {
        return OfferLinks.slug(group);
    }

    private static Optional<TargetGroup> targetGroup(String slug) {
        return OfferLinks.targetGroup(slug);
    }

    private static Optional<CourseLevel> courseLevel(String name) {
        return Arrays.stream(CourseLevel.values()).filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
