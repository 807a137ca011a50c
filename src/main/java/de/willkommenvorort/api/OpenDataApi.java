package de.willkommenvorort.api;

import de.willkommenvorort.api.ApiModel.CategoryItem;
import de.willkommenvorort.api.ApiModel.EventItem;
import de.willkommenvorort.api.ApiModel.EventPage;
import de.willkommenvorort.api.ApiModel.InfoItem;
import de.willkommenvorort.api.ApiModel.InfoPage;
import de.willkommenvorort.api.ApiModel.Contact;
import de.willkommenvorort.api.ApiModel.LanguageItem;
import de.willkommenvorort.api.ApiModel.Listing;
import de.willkommenvorort.api.ApiModel.Municipality;
import de.willkommenvorort.api.ApiModel.OfferItem;
import de.willkommenvorort.api.ApiModel.OfferPage;
import de.willkommenvorort.api.ApiModel.Place;
import de.willkommenvorort.api.ApiModel.Problem;
import de.willkommenvorort.api.ApiModel.Slot;
import de.willkommenvorort.api.ApiModel.Text;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.info.PublishedInfoPage;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.EventPeriod;
import de.willkommenvorort.offer.OfferCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.offer.TargetGroup;
import de.willkommenvorort.search.FoundOffers;
import de.willkommenvorort.search.OfferSearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public JSON API, version 1 (see {@code openapi.json} beside this class's resources): offers
 * filtered as on {@code /offers}, one offer, categories, municipalities and the served languages,
 * each text in the language asked for ({@code lang}) where it exists and marked as a fallback
 * where not. Readable from any website (CORS for GET); answers carry an ETag (see
 * {@link ApiConfiguration}) and may be kept for a minute.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 86_400)
class OpenDataApi {

    static final int DEFAULT_SIZE = 20;
    private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final OfferSearch search;
    private final PublicOffers offers;
    private final PublicEvents events;
    private final InfoPages info;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ServedLanguages served;
    private final PublicAddress address;
    private final byte[] description;

    OpenDataApi(OfferSearch search, PublicOffers offers, PublicEvents events, InfoPages info,
                CategoryService categories, MunicipalityService municipalities, ServedLanguages served,
                PublicAddress address) {
        this.search = search;
        this.offers = offers;
        this.events = events;
        this.info = info;
        this.categories = categories;
        this.municipalities = municipalities;
        this.served = served;
        this.address = address;
        try (InputStream in = OpenDataApi.class.getResourceAsStream("/api/openapi.json")) {
            this.description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A wrong parameter: a 400 answer that names it. */
    static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, String>> index() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String name : List.of("offers", "events", "info", "categories", "municipalities", "languages",
                "openapi.json")) {
            links.put(name.replace(".json", ""), address.of("api/v1/" + name));
        }
        return ResponseEntity.ok().cacheControl(KEPT).body(links);
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().cacheControl(KEPT).contentType(MediaType.APPLICATION_JSON).body(description);
    }

    @GetMapping("/offers")
    ResponseEntity<OfferPage> offers(@RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        OfferFilter filter = filter(parameters);
        int size = number(parameters, "size", DEFAULT_SIZE, 1, PublicOffers.MAX_PAGE);
        int page = number(parameters, "page", 1, 1, 10_000);
        FoundOffers found = search.find(filter, language.code(), (page - 1) * size, size);
        List<OfferItem> items = found.hits().stream().map(hit -> item(hit.card(), language)).toList();
        String next = next("offers", parameters, page, size, found.total());
        return ResponseEntity.ok().cacheControl(KEPT).body(new OfferPage(found.total(), page, size, items, next));
    }

    @GetMapping("/offers/{id}")
    ResponseEntity<?> offer(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        long offerId = parseId("id", id);
        Optional<OfferDetails> details = offers.published(offerId, language.code());
        if (details.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(new Problem(404, "id", "No published offer has this id"));
        }
        return ResponseEntity.ok().cacheControl(KEPT).body(offer(details.get(), language));
    }

    @GetMapping("/events")
    ResponseEntity<EventPage> events(@RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        // from and to are the period here; the other filters narrow the offers the dates belong to.
        Map<String, String> narrowing = new LinkedHashMap<>(parameters);
        narrowing.remove("from");
        narrowing.remove("to");
        OfferFilter filter = filter(narrowing);
        if (filter.text().isPresent() || filter.courseLevel().isPresent()) {
            throw new BadParameter(filter.text().isPresent() ? "q" : "level", "Not a filter of event dates");
        }
        EventPeriod upcoming = events.upcoming(date(parameters, "from"));
        LocalDate end = date(parameters, "to");
        if (end != null && end.isBefore(upcoming.from())) {
            throw new BadParameter("to", "On or after from (and today)");
        }
        EventPeriod period = end == null || end.isAfter(upcoming.to()) ? upcoming : new EventPeriod(upcoming.from(), end);
        int size = number(parameters, "size", DEFAULT_SIZE, 1, PublicEvents.MAX_PAGE);
        int page = number(parameters, "page", 1, 1, 10_000);
        int total = events.count(filter, period);
        List<EventItem> items = events.page(filter, period, language.code(), (page - 1) * size, size).stream()
                .map(card -> event(card, language)).toList();
        return ResponseEntity.ok().cacheControl(KEPT).body(new EventPage(total, page, size, period.from(), period.to(),
                items, next("events", parameters, page, size, total)));
    }

    @GetMapping("/info")
    ResponseEntity<Listing<InfoItem>> infoPages(@RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        return ResponseEntity.ok().cacheControl(KEPT).body(new Listing<>(info.published(language).stream()
                .map(link -> new InfoItem(link.slug(), page(link.href(), language), link.title(),
                        text(link.textLanguage(), language)))
                .toList()));
    }

    @GetMapping("/info/{slug}")
    ResponseEntity<?> infoPage(@PathVariable String slug, @RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        Optional<PublishedInfoPage> found = info.published(slug, language);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(new Problem(404, "slug", "No published info page has this name"));
        }
        PublishedInfoPage shown = found.get();
        return ResponseEntity.ok().cacheControl(KEPT).body(new InfoPage(shown.slug(),
                page(InfoPages.ROUTE + "/" + shown.slug(), language), shown.title(), shown.body(),
                text(shown.textLanguage(), language), shown.block().map(BuildingBlock::slug).orElse(null)));
    }

    @GetMapping("/categories")
    ResponseEntity<Listing<CategoryItem>> categories(@RequestParam Map<String, String> parameters) {
        Language language = language(parameters.get("lang"));
        return ResponseEntity.ok().cacheControl(KEPT)
                .body(new Listing<>(categories.all().stream().map(c -> category(c, language)).toList()));
    }

    @GetMapping("/municipalities")
    ResponseEntity<Listing<Municipality>> municipalities() {
        return ResponseEntity.ok().cacheControl(KEPT)
                .body(new Listing<>(municipalities.all().stream().map(OpenDataApi::municipality).toList()));
    }

    @GetMapping("/languages")
    ResponseEntity<Listing<LanguageItem>> languages() {
        return ResponseEntity.ok().cacheControl(KEPT).body(new Listing<>(served.all().stream()
                .map(l -> new LanguageItem(l.code(), l.ownName(), l.hreflang(), l.rightToLeft() ? "rtl" : "ltr"))
                .toList()));
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Problem> badParameter(BadParameter bad) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(400, bad.parameter, bad.getMessage()));
    }

    private OfferItem item(OfferCard card, Language language) {
        Optional<CategoryRef> category = categories.byId(card.categoryId());
        return new OfferItem(card.id(), page("offer/" + card.id(), language), card.title(), card.summary(),
                text(card.textLanguage(), language), card.categoryId(),
                category.map(c -> c.buildingBlock().slug()).orElse(null), card.municipalityName().orElse(null),
                card.online(), card.cost().name().toLowerCase(Locale.ROOT));
    }

    private EventItem event(EventCard card, Language language) {
        return new EventItem(card.offerId(), page("offer/" + card.offerId(), language), card.date(),
                card.start().toString(), card.end().map(Object::toString).orElse(null), card.title(),
                text(card.textLanguage(), language), card.placeName().orElse(null),
                card.municipalityName().orElse(null), card.online(), card.cancelled());
    }

    /** The address of the next page of a list, if there is one, with the same parameters. */
    private String next(String list, Map<String, String> parameters, int page, int size, int total) {
        if ((long) page * size >= total) {
            return null;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(address.of("api/v1/" + list));
        parameters.forEach((name, value) -> {
            if (!name.equals("page")) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", page + 1).build().encode().toUriString();
    }

    private ApiModel.Offer offer(OfferDetails offer, Language language) {
        Place place = offer.street().isEmpty() && offer.postalCode().isEmpty() && offer.placeName().isEmpty()
                && offer.latitude().isEmpty() ? null
                : new Place(offer.street().orElse(null), offer.postalCode().orElse(null),
                        offer.placeName().orElse(null), offer.latitude().orElse(null), offer.longitude().orElse(null));
        return new ApiModel.Offer(offer.id(), page("offer/" + offer.id(), language), offer.title(), offer.summary(),
                offer.description(), text(offer.textLanguage(), language),
                categories.byId(offer.categoryId()).map(c -> category(c, language)).orElse(null),
                offer.municipalityId().flatMap(municipalities::byId).map(OpenDataApi::municipality).orElse(null),
                offer.online(), place,
                new Contact(offer.phone().orElse(null), offer.email().orElse(null), offer.website().orElse(null),
                        offer.contactForm()),
                offer.cost().name().toLowerCase(Locale.ROOT), offer.registrationRequired(), offer.childcare(),
                offer.wheelchairAccessible(), offer.appointmentOnly(),
                offer.courseLevel().map(CourseLevel::name).orElse(null), offer.nextStart().orElse(null),
                offer.weeklySlots().stream().map(slot -> new Slot(slot.day().name().toLowerCase(Locale.ROOT),
                        slot.start().toString(), slot.end().toString())).toList(),
                offer.spokenLanguages().stream().sorted().toList(),
                offer.targetGroups().stream().map(group -> group.name().toLowerCase(Locale.ROOT)).sorted().toList());
    }

    private static CategoryItem category(CategoryRef category, Language language) {
        return new CategoryItem(category.id(), category.code(), category.buildingBlock().slug(),
                category.name(language), new Text(category.lacksName(language) ? Language.SOURCE.code()
                        : language.code(), category.lacksName(language) && language != Language.SOURCE));
    }

    private static Municipality municipality(MunicipalityRef municipality) {
        return new Municipality(municipality.id(), municipality.name(), municipality.postalCode());
    }

    private static Text text(String textLanguage, Language asked) {
        return new Text(textLanguage, !textLanguage.equals(asked.code()));
    }

    /** A page for people (an offer's, an info page), in the language asked for. */
    private String page(String path, Language language) {
        String page = address.of(path);
        return language == Language.SOURCE ? page : page + "?" + LanguagePreference.LINK_PARAMETER + "=" + language.code();
    }

    private Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.SOURCE;
        }
        return Language.ofCode(code).filter(served::serves).orElseThrow(() -> new BadParameter("lang",
                "Not a language served here; /api/v1/languages lists them"));
    }

    private OfferFilter filter(Map<String, String> parameters) {
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

    private static LocalDate date(Map<String, String> parameters, String name) {
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

    private static boolean yes(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadParameter(name, "true or false");
    }

    private static long parseId(String parameter, String value) {
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

    private static int number(Map<String, String> parameters, String name, int otherwise, int min, int max) {
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
