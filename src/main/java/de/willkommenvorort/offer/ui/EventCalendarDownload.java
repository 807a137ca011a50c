package de.willkommenvorort.offer.ui;

import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.offer.PublicEvents;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Add to calendar": one date of an event as an {@code .ics} file that the phone's calendar app
 * opens. A plain download, no Vaadin session, so it works from a shared link too. The texts follow
 * the language chosen on the device.
 */
@RestController
class EventCalendarDownload {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PublicEvents events;

    EventCalendarDownload(PublicEvents events) {
        this.events = events;
    }

    /** The link of one date, relative to the app's root. */
    static String link(long offerId, LocalDate date, LocalTime start) {
        return "events/" + offerId + "/" + date + "T" + TIME.format(start) + ".ics";
    }

    @GetMapping("/events/{offerId:\\d{1,18}}/{date:\\d{4}-\\d{2}-\\d{2}}T{time:\\d{4}}.ics")
    ResponseEntity<byte[]> download(@PathVariable long offerId, @PathVariable String date, @PathVariable String time,
                                    @CookieValue(name = LanguagePreference.COOKIE, required = false) String language,
                                    jakarta.servlet.http.HttpServletRequest request) {
        LocalDate day;
        LocalTime start;
        try {
            day = LocalDate.parse(date);
            start = LocalTime.parse(time, TIME);
        } catch (DateTimeParseException e) {
            return ResponseEntity.notFound().build();
        }
        String offerUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/offer/" + offerId)
                .toUriString();
        String code = LanguagePreference.effective(language, request.getLocales()).code();
        return events.calendarFile(offerId, day, start, code, offerUrl)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("event-" + offerId + "-" + date + ".ics").build().toString())
                        .body(ics.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
