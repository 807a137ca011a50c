package de.willkommenvorort.api;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.TargetGroup;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The query parameters of the API and the calendar feeds, read strictly: a wrong one is answered
 * 400 with its name ({@link BadParameter}), never ignored, so that a mistyped filter does not
 * silently return everything.
 */
@Component
class ApiParameters {

    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ServedLanguages served;

    ApiParameters(CategoryService categories, MunicipalityService municipalities, ServedLanguages served) {
        this.categories = categories;
        this.municipalities = municipalities;
        this.served = served;
    }

    /** A wrong parameter: a 400 answer that names it. */
    static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.SOURCE;
        }
        return Language.ofCode(code).filter(served::serves).orElseThrow(() -> new BadParameter("lang",
                "Not a language served here; /api/v1/languages lists them"));
    }

    OfferFilter filter(Map<String, String> parameters) {
        OfferFilter filter = OfferFilter.everything();
        String block = parameters.get("block");
        if (block != null) {
            filter = filter.withBlock(BuildingBlock.ofSlug(block).orElseThrow(() -> new BadParameter("block",
                    "One of " + Arrays.stream(BuildingBlock.values()).map(BuildingBlock::slug).toList())));
        }
        if (parameters.containsKey("category")) {
            long category = parseId("category", parameters.get("category"));
            filter = filter.withCategory(categories.byId(category).map(CategoryRef::id).orElseThrow(() ->
                    new BadParameter("category", "No category has this id; /api/v1/categories lists them")));
        }
        if (parameters.containsKey("municipality")) {
            long municipality = parseId("municipality", parameters.get("municipality"));
            filter = filter.withMunicipality(municipalities.byId(municipality).map(MunicipalityRef::id).orElseThrow(() ->
                    new BadParameter("municipality", "No municipality has this id; /api/v1/municipalities lists them")));
        }
        String spoken = parameters.get("spoken");
        if (spoken != null) {
            filter = filter.withSpokenLanguage(Language.ofCode(spoken).map(Language::code).orElseThrow(() ->
                    new BadParameter("spoken", "Not a language code known here")));
        }
        String target = parameters.get("target");
        if (target != null) {
            filter = filter.withTargetGroup(named(TargetGroup.values(), "target", target, TargetGroup::name));
        }
        filter = filter.withFreeOnly(yes(parameters, "free")).withChildcare(yes(parameters, "childcare"));
        String level = parameters.get("level");
        if (level != null) {
            filter = filter.withCourseLevel(named(CourseLevel.values(), "level", level, CourseLevel::name));
        }
        LocalDate from = date(parameters, "from");
        if (from != null) {
            filter = filter.withStartsFrom(from);
        }
        return filter.withText(parameters.get("q"));
    }

    static LocalDate date(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "A date as 2026-12-31");
        }
    }

    private static <E> E named(E[] values, String parameter, String given, Function<E, String> name) {
        return Arrays.stream(values).filter(value -> name.apply(value).equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> new BadParameter(parameter, "One of " + Arrays.stream(values)
                        .map(value -> name.apply(value).toLowerCase(Locale.ROOT)).toList()));
    }

    static boolean yes(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadParameter(name, "true or false");
    }

    static long parseId(String parameter, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter(parameter, "A positive whole number");
    }

    static int number(Map<String, String> parameters, String name, int otherwise, int min, int max) {
        String value = parameters.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter(name, "A whole number from " + min + " to " + max);
    }
}
