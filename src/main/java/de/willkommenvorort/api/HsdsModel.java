package de.willkommenvorort.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The objects of the Open Referral Human Services Data Specification 3.0 that the export fills,
 * with HSDS's field names. Only what the county publishes: a provider is an organization with its
 * public name and kind, never a person; a phone or e-mail only where the provider chose to show it.
 */
final class HsdsModel {

    private HsdsModel() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record About(String version, String profile, String openapiUrl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {

        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = Math.min(all.size(), (page - 1) * size);
            List<T> contents = all.subList(from, Math.min(all.size(), from + size));
            int pages = (all.size() + size - 1) / size;
            return new Page<>(all.size(), pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
                    List.copyOf(contents));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(UUID id, UUID organizationId, String name, String description, String url, String email,
                   String status, String feesDescription, String eligibilityDescription, String applicationProcess,
                   LocalDate assuredDate, Instant lastModified, List<Phone> phones, List<Schedule> schedules,
                   List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization,
                   List<Attribute> attributes, List<RequiredDocument> requiredDocuments) {
    }

    /** What to bring, as the provider wrote it: one free text (HSDS {@code required_document.document}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RequiredDocument(UUID id, UUID serviceId, String document) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Organization(UUID id, String name, String description, List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location, Service service) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(UUID id, String locationType, String name, BigDecimal latitude, BigDecimal longitude,
                    List<Address> addresses) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Address(UUID id, UUID locationId, @JsonProperty("address_1") String address1, String city, String stateProvince, String postalCode,
                   String country, String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Phone(UUID id, UUID serviceId, String number, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(UUID id, UUID serviceId, String freq, String wkst, String byday, String opensAt, String closesAt,
                    LocalDate validFrom, LocalDate validTo, String description) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Language(UUID id, UUID serviceId, String name, String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(UUID id, UUID linkId, UUID taxonomyTermId, String linkType, String linkEntity, String value,
                     TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTerm(UUID id, String code, String name, String description, UUID parentId, String taxonomy,
                        UUID taxonomyId, String language, Taxonomy taxonomyDetail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Taxonomy(UUID id, String name, String description, String uri, String version) {
    }
}
