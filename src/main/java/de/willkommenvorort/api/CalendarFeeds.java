package de.willkommenvorort.api;

import de.willkommenvorort.api.ApiModel.Problem;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.offer.EventFeed;
import de.willkommenvorort.offer.OfferFilter;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar feeds a phone or a town's website subscribes to: {@code /events.ics}, all published
 * events, or narrowed by building block, category, municipality, spoken language, target group,
 * cost or childcare ({@link EventFeed}); texts in {@code lang}. A subscriber reads it again every
 * few hours; an unchanged feed costs a 304 (ETag).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 86_400)
class CalendarFeeds {

    static final String PATH = "/events.ics";
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final Set<String> NARROWING = Set.of("lang", "block", "category", "municipality", "spoken",
            "target", "free", "childcare");

    private final EventFeed feed;
    private final ApiParameters parameters;
    private final TranslationProvider translations;
    private final PublicLinks links;

    CalendarFeeds(EventFeed feed, ApiParameters parameters, TranslationProvider translations, PublicLinks links) {
        this.feed = feed;
        this.parameters = parameters;
        this.translations = translations;
        this.links = links;
    }

    @GetMapping(PATH)
    ResponseEntity<String> events(@RequestParam Map<String, String> query) {
        Language language = parameters.language(query.get("lang"));
        for (String name : query.keySet()) {
            if (!NARROWING.contains(name)) {
                throw new ApiParameters.BadParameter(name, "Not a filter of the calendar; these are: "
                        + NARROWING.stream().sorted().toList());
            }
        }
        OfferFilter filter = parameters.filter(query);
        String name = translations.translate("app.name", language) + " – "
                + translations.translate("events.list.title", language);
        String calendar = feed.calendar(name, filter, language.code(), id -> links.offer(id, language));
        return ResponseEntity.ok().contentType(CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(calendar);
    }
}
