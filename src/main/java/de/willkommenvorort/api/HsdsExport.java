package de.willkommenvorort.api;

import de.willkommenvorort.api.ApiParameters.BadParameter;
import de.willkommenvorort.api.HsdsCatalogue.Published;
import de.willkommenvorort.api.HsdsModel.About;
import de.willkommenvorort.api.HsdsModel.Organization;
import de.willkommenvorort.api.HsdsModel.Page;
import de.willkommenvorort.api.HsdsModel.Service;
import de.willkommenvorort.api.HsdsModel.ServiceAtLocation;
import de.willkommenvorort.api.HsdsModel.Taxonomy;
import de.willkommenvorort.api.HsdsModel.TaxonomyTerm;
import de.willkommenvorort.api.ApiModel.Problem;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.search.FoundOffers;
import de.willkommenvorort.search.OfferSearch;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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

/**
 * The county's offers as an Open Referral HSDS 3.0 API ({@code /api/hsds/}), the shape service
 * directories read: services, organizations, service-at-locations, the taxonomy and its terms,
 * each list paged ({@code page}, {@code per_page}), texts in {@code lang} where they exist
 * (German otherwise). The endpoints and their answers are those of HSDS's own OpenAPI description;
 * {@code HsdsExportIT} checks every one against the official schemas. Parameters HSDS names that
 * the export does not apply are refused with a 400 that names them, never silently ignored.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 86_400)
class HsdsExport {

    static final String VERSION = "3.0";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final int MAX_PAGE = 200;
    private static final Set<String> PAGING = Set.of("lang", "page", "per_page");

    private final HsdsCatalogue catalogue;
    private final HsdsIds ids;
    private final OfferSearch search;
    private final ApiParameters parameters;
    private final PublicAddress address;

    HsdsExport(HsdsCatalogue catalogue, HsdsIds ids, OfferSearch search, ApiParameters parameters,
               PublicAddress address) {
        this.catalogue = catalogue;
        this.ids = ids;
        this.search = search;
        this.parameters = parameters;
        this.address = address;
    }

    @GetMapping({"", "/"})
    ResponseEntity<About> about() {
        return ok(new About(VERSION, address.of("api/hsds/"), OPENAPI));
    }

    /** Services, narrowed by free text, a taxonomy term (block or category) or an organization. */
    @GetMapping("/services")
    ResponseEntity<Page<Service>> services(@RequestParam Map<String, String> query) {
        allow(query, "search", "taxonomy_term_id", "organization_id", "full");
        Language language = parameters.language(query.get("lang"));
        ApiParameters.yes(query, "full");
        Predicate<Published> wanted = narrowing(query, language);
        List<Service> all = catalogue.published(language).stream().filter(wanted)
                .map(published -> catalogue.service(published, language)).toList();
        return ok(page(all, query));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<?> service(@PathVariable String id, @RequestParam Map<String, String> query) {
        allow(query);
        Language language = parameters.language(query.get("lang"));
        return found(number(HsdsCatalogue.SERVICE, id).flatMap(offer -> catalogue.published(offer, language))
                .map(published -> catalogue.service(published, language)), "service");
    }

    @GetMapping("/organizations")
    ResponseEntity<Page<Organization>> organizations(@RequestParam Map<String, String> query) {
        allow(query);
        Language language = parameters.language(query.get("lang"));
        Set<Long> seen = new HashSet<>();
        List<Organization> all = catalogue.published(language).stream()
                .map(published -> published.offer().providerId()).filter(seen::add).sorted()
                .flatMap(provider -> catalogue.organization(provider, language).stream()).toList();
        return ok(page(all, query));
    }

    /** One organization with its published services. */
    @GetMapping("/organizations/{id}")
    ResponseEntity<?> organization(@PathVariable String id, @RequestParam Map<String, String> query) {
        allow(query);
        Language language = parameters.language(query.get("lang"));
        Optional<Long> provider = number(HsdsCatalogue.ORGANIZATION, id);
        List<Service> services = provider.map(p -> catalogue.published(language).stream()
                .filter(published -> published.offer().providerId() == p)
                .map(published -> catalogue.service(published, language)).toList()).orElse(List.of());
        // A provider without a published offer is nobody the county publishes.
        return found(services.isEmpty() ? Optional.empty() : provider.flatMap(p -> catalogue.organization(p, language))
                .map(organization -> catalogue.withServices(organization, services)), "organization");
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<Page<ServiceAtLocation>> serviceAtLocations(@RequestParam Map<String, String> query) {
        allow(query, "search", "taxonomy_term_id", "organization_id");
        Language language = parameters.language(query.get("lang"));
        Predicate<Published> wanted = narrowing(query, language);
        List<ServiceAtLocation> all = catalogue.published(language).stream().filter(wanted)
                .map(published -> catalogue.serviceAtLocation(published.offer(), language)).toList();
        return ok(page(all, query));
    }

    /** One service at its location, with the service itself. */
    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<?> serviceAtLocation(@PathVariable String id, @RequestParam Map<String, String> query) {
        allow(query);
        Language language = parameters.language(query.get("lang"));
        return found(number(HsdsCatalogue.SERVICE_AT_LOCATION, id)
                .flatMap(offer -> catalogue.published(offer, language)).map(published -> {
                    ServiceAtLocation at = catalogue.serviceAtLocation(published.offer(), language);
                    return new ServiceAtLocation(at.id(), at.serviceId(), at.locationId(), at.location(),
                            catalogue.service(published, language));
                }), "service_at_location");
    }

    @GetMapping("/taxonomies")
    ResponseEntity<Page<Taxonomy>> taxonomies(@RequestParam Map<String, String> query) {
        allow(query);
        return ok(page(List.of(catalogue.taxonomy(parameters.language(query.get("lang")))), query));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<?> taxonomy(@PathVariable String id, @RequestParam Map<String, String> query) {
        allow(query);
        Taxonomy taxonomy = catalogue.taxonomy(parameters.language(query.get("lang")));
        return found(Optional.of(taxonomy).filter(t -> t.id().toString().equals(id)), "taxonomy");
    }

    /** The building blocks and categories; {@code parent_id} narrows to one block's categories. */
    @GetMapping("/taxonomy_terms")
    ResponseEntity<Page<TaxonomyTerm>> taxonomyTerms(@RequestParam Map<String, String> query) {
        allow(query, "taxonomy_id", "parent_id", "top_only");
        Language language = parameters.language(query.get("lang"));
        List<TaxonomyTerm> terms = catalogue.terms(language);
        Optional<UUID> taxonomy = uuid(query, "taxonomy_id");
        Optional<UUID> parent = uuid(query, "parent_id");
        boolean topOnly = ApiParameters.yes(query, "top_only");
        List<TaxonomyTerm> all = terms.stream()
                .filter(term -> taxonomy.map(t -> t.equals(term.taxonomyId())).orElse(true))
                .filter(term -> parent.map(p -> p.equals(term.parentId())).orElse(true))
                .filter(term -> !topOnly || term.parentId() == null).toList();
        return ok(page(all, query));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<?> taxonomyTerm(@PathVariable String id, @RequestParam Map<String, String> query) {
        allow(query);
        return found(catalogue.terms(parameters.language(query.get("lang"))).stream()
                .filter(term -> term.id().toString().equals(id)).findFirst(), "taxonomy_term");
    }

    /** Free text through the search engine, a taxonomy term, an organization: each narrows further. */
    private Predicate<Published> narrowing(Map<String, String> query, Language language) {
        Predicate<Published> wanted = published -> true;
        Optional<UUID> term = uuid(query, "taxonomy_term_id");
        if (term.isPresent()) {
            wanted = wanted.and(published -> catalogue.hasTerm(published.offer(), term.get()));
        }
        if (query.containsKey("organization_id")) {
            long provider = number(HsdsCatalogue.ORGANIZATION, query.get("organization_id")).orElseThrow(() ->
                    new BadParameter("organization_id", "No organization has this id; /api/hsds/organizations lists them"));
            wanted = wanted.and(published -> published.offer().providerId() == provider);
        }
        String text = query.get("search");
        if (text != null && !text.isBlank()) {
            Set<Long> found = found(text, language);
            wanted = wanted.and(published -> found.contains(published.offer().id()));
        }
        return wanted;
    }

    /** Every offer the search engine finds for the text, in all its pages. */
    private Set<Long> found(String text, Language language) {
        Set<Long> found = new HashSet<>();
        OfferFilter filter = OfferFilter.everything().withText(text);
        for (int offset = 0; ; offset += de.willkommenvorort.offer.PublicOffers.MAX_PAGE) {
            FoundOffers page = search.find(filter, language.code(), offset, de.willkommenvorort.offer.PublicOffers.MAX_PAGE);
            page.hits().forEach(hit -> found.add(hit.card().id()));
            if (page.hits().isEmpty() || offset + page.hits().size() >= page.total()) {
                return found;
            }
        }
    }

    private static void allow(Map<String, String> query, String... also) {
        Set<String> allowed = new HashSet<>(PAGING);
        allowed.addAll(List.of(also));
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameter(name, "Not a parameter of this list; this export takes " + allowed.stream().sorted().toList());
            }
        }
    }

    private static <T> Page<T> page(List<T> all, Map<String, String> query) {
        int size = ApiParameters.number(query, "per_page", MAX_PAGE, 1, MAX_PAGE);
        int page = ApiParameters.number(query, "page", 1, 1, 100_000);
        return Page.of(all, page, size);
    }

    private Optional<Long> number(String kind, String uuid) {
        return ids.number(kind, uuid);
    }

    private static Optional<UUID> uuid(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new BadParameter(name, "Not a UUID");
        }
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(KEPT).body(body);
    }

    private static ResponseEntity<?> found(Optional<?> body, String what) {
        return body.<ResponseEntity<?>>map(HsdsExport::ok).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new Problem(404, "id", "No published " + what + " has this id")));
    }
}
