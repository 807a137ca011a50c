package de.willkommenvorort.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The documents the API answers with, as {@code openapi.json} describes them. */
final class ApiModel {

    private ApiModel() {
    }

    /** Where a text stands: its language, and whether that is a fallback for the one asked for. */
    record Text(String language, boolean fallback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfferItem(long id, String url, String title, String summary, Text text, long categoryId,
                     String buildingBlock, String municipality, boolean online, String cost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfferPage(int total, int page, int size, List<OfferItem> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Place(String street, String postalCode, String place, BigDecimal latitude, BigDecimal longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(String phone, String email, String website, boolean contactForm) {
    }

    record Slot(String day, String start, String end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Offer(long id, String url, String title, String summary, String description, Text text,
                 String whatToBring, Text whatToBringText, CategoryItem category, Municipality municipality, boolean online, Place address,
                 Contact contact, String cost, boolean registrationRequired, boolean childcare,
                 boolean wheelchairAccessible, boolean appointmentOnly, String courseLevel,
                 LocalDate nextStart, LocalDate checkedOn, List<Slot> weeklySlots, List<String> spokenLanguages,
                 List<String> targetGroups) {
    }

    record CategoryItem(long id, String code, String buildingBlock, String name, Text text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Municipality(long id, String name, String postalCode) {
    }

    record LanguageItem(String code, String name, String hreflang, String direction) {
    }

    /** One date; {@code start} and {@code end} are left out for an all-day date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventItem(long offerId, String url, LocalDate date, boolean allDay, String start, String end, String title,
                     Text text, String place, String municipality, boolean online, boolean cancelled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventPage(int total, int page, int size, LocalDate from, LocalDate to, List<EventItem> items, String next) {
    }

    record InfoItem(String slug, String url, String title, Text text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InfoPage(String slug, String url, String title, String body, Text text, String buildingBlock) {
    }

    record Listing<T>(List<T> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(int status, String parameter, String message) {
    }
}
