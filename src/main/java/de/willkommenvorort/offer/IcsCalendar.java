package de.willkommenvorort.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * One event date as an iCalendar file (RFC 5545) that a phone's calendar imports, or a feed of many
 * (series as RRULE with EXDATE for cancelled dates) that it subscribes to. Times are local
 * times with a {@code TZID} and the zone's rules travel in the file, so the phone shows 18:00 in
 * Germany even if it is set to another zone or has no zone database of its own. An all-day date
 * is a date without time ({@code VALUE=DATE}), which phones show as "all day" on that day in any
 * zone; its DTEND is the next day (exclusive, RFC 5545 3.6.1). No library: the format is small,
 * and writing it here keeps the encoding rules (folding, escaping) under test.
 */
final class IcsCalendar {

    static final String ZONE_ID = "Europe/Berlin";
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    // Germany's rules since 1996: summer time from the last Sunday of March 02:00 to the last Sunday
    // of October 03:00. Enough for every date an event can have (today until a year ahead).
    private static final String BERLIN = String.join(CRLF,
            "BEGIN:VTIMEZONE",
            "TZID:" + ZONE_ID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    /** What goes into the file; texts in {@code language}. */
    record Entry(String uid, EventRule.Occurrence when, String summary, String description, String location,
                 String url, String language, boolean cancelled, Instant stamp) {
    }

    private IcsCalendar() {
    }

    static String of(Entry e) {
        StringBuilder out = new StringBuilder();
        begin(out, "-//Willkommen vor Ort//Events//DE");
        line(out, "METHOD:PUBLISH");
        out.append(BERLIN).append(CRLF);
        event(out, new Event(e.uid(), e.when(), e.summary(), e.description(), e.location(), e.url(), e.language(),
                e.cancelled(), e.stamp(), Optional.empty(), List.of(), Optional.empty()));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * One event of a calendar feed: a single date, or a series ({@code rule}: the RRULE's value,
     * {@code when} its first date) with the starts of its cancelled dates ({@code except}), or one
     * changed date of a series ({@code recurrenceOf}: the start it replaces, with the series' UID).
     * For an all-day {@code when}, {@code except} and {@code recurrenceOf} are written as days.
     */
    record Event(String uid, EventRule.Occurrence when, String summary, String description, String location,
                 String url, String language, boolean cancelled, Instant stamp, Optional<String> rule,
                 List<LocalDateTime> except, Optional<LocalDateTime> recurrenceOf) {
    }

    /** A calendar to subscribe to: its name (shown by the phone) and its events. */
    static String feed(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        // No METHOD: a feed is read, not sent (iTIP's PUBLISH would want an ORGANIZER for each event).
        begin(out, "-//Willkommen vor Ort//Event feed//DE");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + ZONE_ID);
        // Read again every few hours by the phones that subscribe.
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line(out, "X-PUBLISHED-TTL:PT6H");
        out.append(BERLIN).append(CRLF);
        events.forEach(event -> event(out, event));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void begin(StringBuilder out, String product) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + product);
        line(out, "CALSCALE:GREGORIAN");
    }

    private static void event(StringBuilder out, Event e) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.uid());
        line(out, "DTSTAMP:" + UTC.format(e.stamp()));
        EventRule.Occurrence when = e.when();
        e.recurrenceOf().ifPresent(start -> line(out, "RECURRENCE-ID" + value(start, when.allDay())));
        line(out, "DTSTART" + value(when.date().atTime(when.start()), when.allDay()));
        if (when.allDay()) {
            line(out, "DTEND" + value(when.date().plusDays(1).atStartOfDay(), true));
        } else {
            // Without an end the entry marks the start only; inventing a length would tell the
            // newcomer something the provider did not say.
            line(out, when.end().map(end -> "DTEND" + value(when.date().atTime(end), false))
                    .orElse("DURATION:PT0S"));
        }
        e.rule().ifPresent(rule -> line(out, "RRULE:" + rule));
        if (!e.except().isEmpty()) {
            // One value type per property: the days of an all-day series, else local times.
            line(out, "EXDATE" + (when.allDay() ? ";VALUE=DATE:" : ";TZID=" + ZONE_ID + ":")
                    + e.except().stream().map(start -> when.allDay() ? DAY.format(start) : LOCAL.format(start))
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        String lang = ";LANGUAGE=" + e.language();
        line(out, "SUMMARY" + lang + ":" + text(e.summary()));
        if (!e.description().isBlank()) {
            line(out, "DESCRIPTION" + lang + ":" + text(e.description()));
        }
        if (!e.location().isBlank()) {
            line(out, "LOCATION:" + text(e.location()));
        }
        line(out, "URL:" + e.url());
        line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    /** A date-time property's parameters and value: a day for all-day dates, else a local time in the county. */
    private static String value(LocalDateTime at, boolean allDay) {
        return allDay ? ";VALUE=DATE:" + DAY.format(at) : ";TZID=" + ZONE_ID + ":" + LOCAL.format(at);
    }

    /**
     * An UNTIL for a rule whose last day is {@code until}: the end of that day in the county, in
     * UTC; for an all-day series the day itself (UNTIL has DTSTART's value type, RFC 5545 3.3.10).
     */
    static String until(LocalDate until, boolean allDay) {
        return allDay ? DAY.format(until)
                : UTC.format(until.atTime(LocalTime.MAX).withNano(0).atZone(java.time.ZoneId.of(ZONE_ID)).toInstant());
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Writes a content line folded at 75 octets: each continuation begins with a space, and a
     * line never ends inside a UTF-8 sequence (or between the halves of a surrogate pair).
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
