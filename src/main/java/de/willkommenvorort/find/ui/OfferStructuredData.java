package de.willkommenvorort.find.ui;

import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.WeeklySlot;
import de.willkommenvorort.provider.ProviderKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An offer in schema.org's words, for search engines and other directories (JSON-LD): a course
 * ({@code Course} with a {@code CourseInstance}) when it has a level or a start date, a public
 * body's service as {@code GovernmentService}, anything else as {@code Service}; its place with
 * address, coordinates and opening hours, its languages, and each coming date as an {@code Event}
 * (cancelled ones as {@code EventCancelled}). Only what the public page shows goes in.
 */
final class OfferStructuredData {

    private static final String SCHEMA = "https://schema.org/";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private OfferStructuredData() {
    }

    /**
     * @param url           the offer's public address
     * @param categoryName  the category in the page's language
     * @param provider      the provider's public name and kind, if public
     */
    static List<Map<String, Object>> of(OfferDetails offer, String url, String categoryName,
                                        Optional<String> provider, Optional<ProviderKind> kind, List<EventCard> dates) {
        List<Map<String, Object>> all = new ArrayList<>();
        boolean course = offer.courseLevel().isPresent() || offer.nextStart().isPresent();
        boolean government = kind.map(k -> k == ProviderKind.JOB_CENTRE || k == ProviderKind.PUBLIC_AUTHORITY)
                .orElse(false);
        Map<String, Object> main = top(course ? "Course" : government ? "GovernmentService" : "Service");
        main.put("@id", url + "#offer");
        main.put("name", offer.title());
        main.put("description", offer.summary());
        main.put("url", url);
        main.put("inLanguage", offer.textLanguage());
        if (!categoryName.isEmpty()) {
            main.put(course ? "about" : "serviceType", categoryName);
        }
        Optional<Map<String, Object>> organisation = provider.map(name -> {
            Map<String, Object> org = object(government ? "GovernmentOrganization" : "Organization");
            org.put("name", name);
            return org;
        });
        organisation.ifPresent(org -> main.put("provider", org));
        if (!offer.spokenLanguages().isEmpty()) {
            main.put("availableLanguage", offer.spokenLanguages().stream().sorted().toList());
        }
        if (offer.cost() == Cost.FREE) {
            main.put("isAccessibleForFree", true);
        }
        Optional<Map<String, Object>> place = place(offer);
        if (course) {
            offer.courseLevel().ifPresent(level -> main.put("educationalLevel", level.name()));
            Map<String, Object> instance = object("CourseInstance");
            instance.put("courseMode", offer.online() ? "online" : "onsite");
            place.ifPresent(p -> instance.put("location", p));
            offer.nextStart().ifPresent(start -> instance.put("startDate", start.toString()));
            main.put("hasCourseInstance", instance);
        } else {
            Map<String, Object> channel = object("ServiceChannel");
            place.ifPresent(p -> channel.put("serviceLocation", p));
            offer.phone().ifPresent(phone -> {
                Map<String, Object> contact = object("ContactPoint");
                contact.put("telephone", phone);
                channel.put("servicePhone", contact);
            });
            offer.website().ifPresent(web -> channel.put("serviceUrl", web));
            main.put("availableChannel", channel);
            main.put("areaServed", offer.placeName().orElse(""));
            if (offer.placeName().isEmpty()) {
                main.remove("areaServed");
            }
        }
        all.add(main);
        for (EventCard date : dates) {
            Map<String, Object> event = top("Event");
            event.put("name", date.title());
            event.put("inLanguage", date.textLanguage());
            event.put("url", url);
            // All day: schema.org's Date, without a time (a time of midnight would be a claim).
            event.put("startDate", date.allDay() ? date.date().toString() : dateTime(date.date(), date.start()));
            date.end().ifPresent(end -> event.put("endDate", dateTime(date.date(), end)));
            event.put("eventStatus", SCHEMA + (date.cancelled() ? "EventCancelled" : "EventScheduled"));
            event.put("eventAttendanceMode", SCHEMA + (date.online() ? "OnlineEventAttendanceMode"
                    : "OfflineEventAttendanceMode"));
            if (date.placeName().isPresent() || date.municipalityName().isPresent()) {
                Map<String, Object> where = object("Place");
                where.put("name", date.placeName().or(date::municipalityName).orElseThrow());
                Map<String, Object> address = object("PostalAddress");
                date.municipalityName().ifPresent(town -> address.put("addressLocality", town));
                address.put("addressCountry", "DE");
                where.put("address", address);
                event.put("location", where);
            } else if (date.online()) {
                Map<String, Object> virtual = object("VirtualLocation");
                virtual.put("url", url);
                event.put("location", virtual);
            } else {
                place.ifPresent(p -> event.put("location", p));
            }
            organisation.ifPresent(org -> event.put("organizer", org));
            event.put("isAccessibleForFree", offer.cost() == Cost.FREE);
            all.add(event);
        }
        return all;
    }

    private static Optional<Map<String, Object>> place(OfferDetails offer) {
        if (offer.online()) {
            return Optional.empty();
        }
        Map<String, Object> place = object("Place");
        place.put("name", offer.placeName().orElse(offer.title()));
        Map<String, Object> address = object("PostalAddress");
        offer.street().ifPresent(street -> address.put("streetAddress", street));
        offer.postalCode().ifPresent(code -> address.put("postalCode", code));
        offer.placeName().ifPresent(town -> address.put("addressLocality", town));
        address.put("addressCountry", "DE");
        place.put("address", address);
        if (offer.latitude().isPresent() && offer.longitude().isPresent()) {
            Map<String, Object> geo = object("GeoCoordinates");
            geo.put("latitude", offer.latitude().get());
            geo.put("longitude", offer.longitude().get());
            place.put("geo", geo);
        }
        if (!offer.weeklySlots().isEmpty()) {
            List<Map<String, Object>> hours = new ArrayList<>();
            for (WeeklySlot slot : offer.weeklySlots()) {
                Map<String, Object> spec = object("OpeningHoursSpecification");
                spec.put("dayOfWeek", SCHEMA + dayName(slot.day()));
                spec.put("opens", HOURS.format(slot.start()));
                spec.put("closes", HOURS.format(slot.end()));
                hours.add(spec);
            }
            place.put("openingHoursSpecification", hours);
        }
        return Optional.of(place);
    }

    private static String dayName(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A wall-clock time in the county, with its offset: "2026-12-09T17:00:00+01:00". */
    private static String dateTime(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(CountyTime.ZONE).toOffsetDateTime().toString();
    }

    private static Map<String, Object> top(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@context", "https://schema.org");
        object.put("@type", type);
        return object;
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        return object;
    }
}
