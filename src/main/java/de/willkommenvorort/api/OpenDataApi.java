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
import de.willkommenvorort.search.FoundOffers;
import de.willkommenvorort.search.OfferSearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
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
    private final PublicLinks links;
    private final ApiParameters parameters;
    private final byte[] description;

    OpenDataApi(OfferSearch search, PublicOffers offers, PublicEvents events, InfoPages info,
                CategoryService categories, MunicipalityService municipalities, ServedLanguages served,
                PublicAddress address, PublicLinks links, ApiParameters parameters) {
        this.parameters = parameters;
        this.search = search;
        this.offers = offers;
        this.events = events;
        this.info = info;
        this.categories = categories;
        this.municipalities = municipalities;
        this.served = served;
        this.address = address;
        this.links = links;
        try (InputStream in = OpenDataApi.class.getResourceAsStream("/api/openapi.json")) {
            this.description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, String>> index() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String name : List.of("offers", "events", "info", "categories", "municipalities", "languages",
                "openapi.json")) {
            links.put(name.replace(".json", ""), address.of("api/v1/" + name));
        }
        links.put("calendar", address.of(CalendarFeeds.PATH));
        links.put("hsds", address.of("api/hsds/"));
        return ResponseEntity.ok().cacheControl(KEPT).body(links);
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().cacheControl(KEPT).contentType(MediaType.APPLICATION_JSON).body(description);
    }

    @GetMapping("/offers")
    ResponseEntity<OfferPage> offers(@RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
        OfferFilter filter = parameters.filter(query);
        int size = ApiParameters.number(query, "size", DEFAULT_SIZE, 1, PublicOffers.MAX_PAGE);
        int page = ApiParameters.number(query, "page", 1, 1, 10_000);
        FoundOffers found = search.find(filter, language.code(), (page - 1) * size, size);
        List<OfferItem> items = found.hits().stream().map(hit -> item(hit.card(), language)).toList();
        String next = next("offers", query, page, size, found.total());
        return ResponseEntity.ok().cacheControl(KEPT).body(new OfferPage(found.total(), page, size, items, next));
    }

    @GetMapping("/offers/{id}")
    ResponseEntity<?> offer(@PathVariable String id, @RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
        long offerId = ApiParameters.parseId("id", id);
        Optional<OfferDetails> details = offers.published(offerId, language.code());
        if (details.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(new Problem(404, "id", "No published offer has this id"));
        }
        return ResponseEntity.ok().cacheControl(KEPT).body(offer(details.get(), language));
    }

    @GetMapping("/events")
    ResponseEntity<EventPage> events(@RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
        // from and to are the period here; the other filters narrow the offers the dates belong to.
        Map<String, String> narrowing = new LinkedHashMap<>(query);
        narrowing.remove("from");
        narrowing.remove("to");
        OfferFilter filter = parameters.filter(narrowing);
        if (filter.text().isPresent() || filter.courseLevel().isPresent()) {
            throw new ApiParameters.BadParameter(filter.text().isPresent() ? "q" : "level", "Not a filter of event dates");
        }
        EventPeriod upcoming = events.upcoming(ApiParameters.date(query, "from"));
        LocalDate end = ApiParameters.date(query, "to");
        if (end != null && end.isBefore(upcoming.from())) {
            throw new ApiParameters.BadParameter("to", "On or after from (and today)");
        }
        EventPeriod period = end == null || end.isAfter(upcoming.to()) ? upcoming : new EventPeriod(upcoming.from(), end);
        int size = ApiParameters.number(query, "size", DEFAULT_SIZE, 1, PublicEvents.MAX_PAGE);
        int page = ApiParameters.number(query, "page", 1, 1, 10_000);
        int total = events.count(filter, period);
        List<EventItem> items = events.page(filter, period, language.code(), (page - 1) * size, size).stream()
                .map(card -> event(card, language)).toList();
        return ResponseEntity.ok().cacheControl(KEPT).body(new EventPage(total, page, size, period.from(), period.to(),
                items, next("events", query, page, size, total)));
    }

    @GetMapping("/info")
    ResponseEntity<Listing<InfoItem>> infoPages(@RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
        return ResponseEntity.ok().cacheControl(KEPT).body(new Listing<>(info.published(language).stream()
                .map(link -> new InfoItem(link.slug(), page(link.href(), language), link.title(),
                        text(link.textLanguage(), language)))
                .toList()));
    }

    @GetMapping("/info/{slug}")
    ResponseEntity<?> infoPage(@PathVariable String slug, @RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
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
    ResponseEntity<Listing<CategoryItem>> categories(@RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
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

    private OfferItem item(OfferCard card, Language language) {
        Optional<CategoryRef> category = categories.byId(card.categoryId());
        return new OfferItem(card.id(), page("offer/" + card.id(), language), card.title(), card.summary(),
                text(card.textLanguage(), language), card.categoryId(),
                category.map(c -> c.buildingBlock().slug()).orElse(null), card.municipalityName().orElse(null),
                card.online(), card.cost().name().toLowerCase(Locale.ROOT));
    }

    private EventItem event(EventCard card, Language language) {
        return new EventItem(card.offerId(), page("offer/" + card.offerId(), language), card.date(), card.allDay(),
                card.allDay() ? null : card.start().toString(), card.end().map(Object::toString).orElse(null), card.title(),
                text(card.textLanguage(), language), card.placeName().orElse(null),
                card.municipalityName().orElse(null), card.online(), card.cancelled());
    }

    /** The address of the next page of a list, if there is one, with the same query. */
    private String next(String list, Map<String, String> query, int page, int size, int total) {
        if ((long) page * size >= total) {
            return null;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(address.of("api/v1/" + list));
        query.forEach((name, value) -> {
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
                offer.whatToBring().isBlank() ? null : offer.whatToBring(),
                offer.whatToBring().isBlank() ? null : text(offer.whatToBringLanguage(), language),
                categories.byId(offer.categoryId()).map(c -> category(c, language)).orElse(null),
                offer.municipalityId().flatMap(municipalities::byId).map(OpenDataApi::municipality).orElse(null),
                offer.online(), place,
                new Contact(offer.phone().orElse(null), offer.email().orElse(null), offer.website().orElse(null),
                        offer.contactForm()),
                offer.cost().name().toLowerCase(Locale.ROOT), offer.registrationRequired(), offer.childcare(),
                offer.wheelchairAccessible(), offer.appointmentOnly(),
                offer.courseLevel().map(CourseLevel::name).orElse(null), offer.nextStart().orElse(null),
                offer.confirmedOn().orElse(null),
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
        return links.page(path, language);
    }

}
