package de.willkommenvorort.api;

import de.willkommenvorort.api.HsdsModel.Address;
import de.willkommenvorort.api.HsdsModel.Attribute;
import de.willkommenvorort.api.HsdsModel.Location;
import de.willkommenvorort.api.HsdsModel.Organization;
import de.willkommenvorort.api.HsdsModel.Phone;
import de.willkommenvorort.api.HsdsModel.Schedule;
import de.willkommenvorort.api.HsdsModel.Service;
import de.willkommenvorort.api.HsdsModel.ServiceAtLocation;
import de.willkommenvorort.api.HsdsModel.Taxonomy;
import de.willkommenvorort.api.HsdsModel.TaxonomyTerm;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.offer.WeeklySlot;
import de.willkommenvorort.provider.ProviderProfile;
import de.willkommenvorort.provider.ProviderService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The county's published offers as HSDS 3.0 objects, in one language: an offer is a service at
 * one location (its address, or "virtual" for one held online), its provider the organization, its
 * building block and category terms of the app's own taxonomy. Weekly opening hours are weekly
 * schedules; an event's coming dates are schedules of one day each. Reads through the same public
 * services as the newcomers' pages, so nothing unpublished is ever in it.
 */
@Component
class HsdsCatalogue {

    static final String SERVICE = "service";
    static final String ORGANIZATION = "organization";
    static final String SERVICE_AT_LOCATION = "service_at_location";
    static final String TAXONOMY = "taxonomy";
    static final String BLOCK_TERM = "term/block";
    static final String CATEGORY_TERM = "term/category";
    private static final long TAXONOMY_NUMBER = 1;
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final PublicOffers offers;
    private final PublicEvents events;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final TranslationProvider translations;
    private final PublicLinks links;
    private final PublicAddress address;
    private final HsdsIds ids;
    private final String state;

    HsdsCatalogue(PublicOffers offers, PublicEvents events, CategoryService categories,
                  MunicipalityService municipalities, ProviderService providers, TranslationProvider translations,
                  PublicLinks links, PublicAddress address, HsdsIds ids, @Value("${wvo.county.state:}") String state) {
        this.offers = offers;
        this.events = events;
        this.categories = categories;
        this.municipalities = municipalities;
        this.providers = providers;
        this.translations = translations;
        this.links = links;
        this.address = address;
        this.ids = ids;
        this.state = state;
    }

    /** A published offer with the time it was last published. */
    record Published(OfferDetails offer, Instant lastModified) {
    }

    /** Every published, current offer in {@code language}, by id. */
    List<Published> published(Language language) {
        List<Published> all = new ArrayList<>();
        for (Map.Entry<Long, Instant> entry : offers.publishedIds().entrySet()) {
            offers.published(entry.getKey(), language.code())
                    .ifPresent(offer -> all.add(new Published(offer, entry.getValue())));
        }
        all.sort(Comparator.comparingLong(p -> p.offer().id()));
        return all;
    }

    Optional<Published> published(long offerId, Language language) {
        return offers.publishedWithTime(offerId, language.code())
                .map(offer -> new Published(offer.getKey(), offer.getValue()));
    }

    /** The whole service: locations, schedules, languages, phone, organization and terms. */
    Service service(Published published, Language language) {
        OfferDetails offer = published.offer();
        UUID id = ids.of(SERVICE, offer.id());
        List<Schedule> schedules = new ArrayList<>();
        int index = 0;
        for (WeeklySlot slot : offer.weeklySlots()) {
            schedules.add(new Schedule(ids.of("schedule/" + offer.id(), index++), id, "WEEKLY", "MO",
                    DAYS[slot.day().getValue() - 1], slot.start().toString(), slot.end().toString(), null, null, null));
        }
        for (EventCard date : events.nextDates(offer.id(), language.code())) {
            if (!date.cancelled()) {
                // An all-day date is open the whole day: no opens_at or closes_at, said in words too.
                schedules.add(new Schedule(ids.of("schedule/" + offer.id(), index++), id, null, null, null,
                        date.allDay() ? null : date.start().toString(), date.end().map(Object::toString).orElse(null),
                        date.date(), date.date(),
                        date.allDay() ? translations.translate("events.all-day", language) : null));
            }
        }
        List<HsdsModel.Language> languages = new ArrayList<>();
        index = 0;
        for (String code : offer.spokenLanguages().stream().sorted().toList()) {
            languages.add(new HsdsModel.Language(ids.of("language/" + offer.id(), index++), id,
                    LocalFormats.languageName(code, language), code));
        }
        String description = offer.summary() + (offer.description().isBlank() ? "" : "\n\n" + offer.description());
        String eligibility = offer.targetGroups().isEmpty() ? null : LocalFormats.list(offer.targetGroups().stream()
                .sorted().map(group -> translations.translate("group." + slug(group.name()), language)).toList(), language);
        String application = translations.translate(offer.registrationRequired() ? "offer.registration.yes"
                : "offer.registration.no", language)
                + (offer.appointmentOnly() ? " " + translations.translate("offer.appointment", language) : "");
        return new Service(id, ids.of(ORGANIZATION, offer.providerId()), offer.title(), description,
                links.offer(offer.id(), language), offer.email().orElse(null), "active",
                translations.translate("cost." + slug(offer.cost().name()), language), eligibility, application,
                offer.confirmedOn().orElse(null), published.lastModified(),
                offer.phone().map(phone -> List.of(new Phone(ids.of("phone", offer.id()), id, phone, null)))
                        .orElse(List.of()),
                schedules, List.of(serviceAtLocation(offer, language)), languages,
                organization(offer.providerId(), language).orElse(null), attributes(offer, id, language),
                offer.whatToBring().isBlank() ? List.of() : List.of(new HsdsModel.RequiredDocument(
                        ids.of("required_document", offer.id()), id, offer.whatToBring())));
    }

    /** Where the service is held: its address, or a virtual location for an offer held online. */
    ServiceAtLocation serviceAtLocation(OfferDetails offer, Language language) {
        UUID location = ids.of("location", offer.id());
        Optional<MunicipalityRef> municipality = offer.municipalityId().flatMap(municipalities::byId);
        String city = offer.placeName().or(() -> municipality.map(MunicipalityRef::name)).orElse("");
        Location place = offer.online() && offer.street().isEmpty()
                ? new Location(location, "virtual", offer.title(), null, null, null)
                : new Location(location, "physical", city, offer.latitude().orElse(null),
                        offer.longitude().orElse(null), List.of(new Address(ids.of("address", offer.id()), location,
                                offer.street().orElse(""), city, state,
                                offer.postalCode().or(() -> municipality.map(MunicipalityRef::postalCode)).orElse(""),
                                "DE", "physical")));
        return new ServiceAtLocation(ids.of(SERVICE_AT_LOCATION, offer.id()), ids.of(SERVICE, offer.id()), location,
                place, null);
    }

    /** A provider with published offers, as an organization: its public name and kind, nothing of its people. */
    Optional<Organization> organization(long providerId, Language language) {
        return providers.profile(providerId).map(profile -> new Organization(ids.of(ORGANIZATION, providerId),
                providers.publicName(providerId).orElse(profile.name()),
                translations.translate("hsds.kind." + slug(profile.kind().name()), language), null));
    }

    Organization withServices(Organization organization, List<Service> services) {
        return new Organization(organization.id(), organization.name(), organization.description(), services);
    }

    Taxonomy taxonomy(Language language) {
        UUID id = ids.of(TAXONOMY, TAXONOMY_NUMBER);
        return new Taxonomy(id, translations.translate("hsds.taxonomy.name", language),
                translations.translate("hsds.taxonomy.description", language),
                address.of("api/hsds/taxonomies/" + id), "1");
    }

    /** The four building blocks, then every active category under its block. */
    List<TaxonomyTerm> terms(Language language) {
        Taxonomy taxonomy = taxonomy(language);
        List<TaxonomyTerm> terms = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            terms.add(blockTerm(block, taxonomy, language));
        }
        for (CategoryRef category : categories.all()) {
            terms.add(categoryTerm(category, taxonomy, language));
        }
        return terms;
    }

    private TaxonomyTerm blockTerm(BuildingBlock block, Taxonomy taxonomy, Language language) {
        return new TaxonomyTerm(ids.of(BLOCK_TERM, block.ordinal() + 1L), block.slug(),
                translations.translate("block." + block.slug() + ".title", language),
                translations.translate("block." + block.slug() + ".hint", language), null, taxonomy.name(),
                taxonomy.id(), language.code(), taxonomy);
    }

    private TaxonomyTerm categoryTerm(CategoryRef category, Taxonomy taxonomy, Language language) {
        return new TaxonomyTerm(ids.of(CATEGORY_TERM, category.id()), category.code(), category.name(language),
                translations.translate("hsds.term.category", language, category.name(language),
                        translations.translate("block." + category.buildingBlock().slug() + ".title", language)),
                ids.of(BLOCK_TERM, category.buildingBlock().ordinal() + 1L), taxonomy.name(), taxonomy.id(),
                language.code(), taxonomy);
    }

    /** The offer's category and building block, as attributes of the service. */
    private List<Attribute> attributes(OfferDetails offer, UUID service, Language language) {
        Optional<CategoryRef> category = categories.byId(offer.categoryId());
        if (category.isEmpty()) {
            return List.of();
        }
        Taxonomy taxonomy = taxonomy(language);
        TaxonomyTerm categoryTerm = categoryTerm(category.get(), taxonomy, language);
        TaxonomyTerm blockTerm = blockTerm(category.get().buildingBlock(), taxonomy, language);
        return List.of(
                new Attribute(ids.of("attribute/" + offer.id(), 0), service, blockTerm.id(), null, SERVICE, null, blockTerm),
                new Attribute(ids.of("attribute/" + offer.id(), 1), service, categoryTerm.id(), null, SERVICE, null,
                        categoryTerm));
    }

    /** Whether the offer carries the term (its category, or its category's building block). */
    boolean hasTerm(OfferDetails offer, UUID term) {
        return categories.byId(offer.categoryId()).map(category -> term.equals(ids.of(CATEGORY_TERM, category.id()))
                || term.equals(ids.of(BLOCK_TERM, category.buildingBlock().ordinal() + 1L))).orElse(false);
    }

    /** The key part of a translation key for an enum constant: RELIGIOUS_COMMUNITY → religious-community. */
    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
