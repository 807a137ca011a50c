package de.willkommenvorort.offer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published events as a calendar to subscribe to (RFC 5545), narrowed like the list of
 * events: a weekly or monthly series is one event with its rule (RRULE), its cancelled dates left
 * out (EXDATE) and a date that takes place elsewhere as a change of the series (RECURRENCE-ID);
 * a single date and each date of a list are events of their own. UIDs stay the same from one
 * reading to the next, so a phone updates what it has instead of adding it again.
 */
@Service
@Transactional(readOnly = true)
public class EventFeed {

    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");
    private static final String HOST = "@willkommen-vor-ort";

    private final JdbcClient jdbc;
    private final OfferRepository offers;
    private final PublicEvents events;
    private final Clock clock;

    EventFeed(JdbcClient jdbc, OfferRepository offers, PublicEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The calendar of the published, current events the filter lets through that have a date from
     * today on; texts in {@code language} where they exist. {@code page} gives an offer's address.
     */
    public String calendar(String name, OfferFilter filter, String language, LongFunction<String> page) {
        LocalDate today = LocalDate.now(clock);
        OfferList.Query q = OfferList.Query.of(filter, today, "COALESCE(d.municipality_id, o.municipality_id)");
        Map<String, Object> params = new HashMap<>(q.params);
        params.put("from", today);
        params.put("to", today.plus(EventRule.HORIZON));
        List<Long> ids = jdbc.sql("SELECT DISTINCT o.id FROM offer_event_date d JOIN offer o ON o.id = d.offer_id"
                        + q.joins + " WHERE " + q.where + " AND d.event_date BETWEEN :from AND :to ORDER BY o.id")
                .params(params).query(Long.class).list();
        List<IcsCalendar.Event> entries = new ArrayList<>();
        for (Offer offer : offers.findAllById(ids)) {
            if (offer.getReviewState() == ReviewState.PUBLISHED && offer.getEventRule().isPresent()
                    && (offer.getValidUntil() == null || !offer.getValidUntil().isBefore(today))) {
                entries.addAll(entries(offer, language, page.apply(offer.getId())));
            }
        }
        entries.sort(Comparator.comparing(IcsCalendar.Event::uid).thenComparing(e -> e.recurrenceOf().isPresent())
                .thenComparing(IcsCalendar.Event::when, EventRule.Occurrence.ORDER));
        return IcsCalendar.feed(name, entries);
    }

    private List<IcsCalendar.Event> entries(Offer offer, String language, String url) {
        String textLanguage = TextChoice.pick(offer.getTexts().keySet(), language, offer.getOriginalLanguage());
        OfferText text = offer.getTexts().get(textLanguage);
        String title = text == null ? "" : text.getTitle();
        String summary = text == null ? "" : text.getSummary();
        EventRule rule = offer.getEventRule().orElseThrow();
        List<EventDate> dates = offer.getEventDates().stream().sorted().toList();
        Optional<String> series = rrule(rule);
        List<IcsCalendar.Event> entries = new ArrayList<>();
        Instant stamp = Stream.of(offer.getPublishedAt(), offer.getUpdatedAt()).filter(Objects::nonNull).findFirst()
                .orElseGet(clock::instant);
        Optional<EventRule.Occurrence> start = firstOf(rule);
        if (series.isPresent() && start.isPresent()) {
            EventRule.Occurrence first = start.get();
            String uid = "offer-" + offer.getId() + HOST;
            List<LocalDateTime> cancelled = dates.stream().filter(EventDate::cancelled)
                    .map(d -> d.date().atTime(d.start())).toList();
            entries.add(new IcsCalendar.Event(uid, first, title, summary, events.location(offer), url, textLanguage,
                    false, stamp, series, cancelled, Optional.empty()));
            for (EventDate date : dates) {
                if (!date.cancelled() && PublicEvents.elsewhere(date)) {
                    entries.add(new IcsCalendar.Event(uid, date.occurrence(), title, summary,
                            events.location(offer, date), url, textLanguage, false, stamp,
                            Optional.empty(), List.of(), Optional.of(date.date().atTime(date.start()))));
                }
            }
        } else {
            for (EventDate date : dates) {
                entries.add(new IcsCalendar.Event("offer-" + offer.getId() + "-" + UID_TIME.format(date.date()
                        .atTime(date.start())) + HOST, date.occurrence(), title, summary,
                        events.location(offer, date), url, textLanguage, date.cancelled(),
                        stamp, Optional.empty(), List.of(), Optional.empty()));
            }
        }
        return entries;
    }

    /** The rule as an RRULE value; empty for a single date or a list (each date is its own event). */
    static Optional<String> rrule(EventRule rule) {
        String until = until(rule);
        return switch (rule) {
            case EventRule.Weekly w -> Optional.of("FREQ=WEEKLY;BYDAY=" + day(w.day()) + until);
            case EventRule.MonthlyOnWeekday m -> Optional.of("FREQ=MONTHLY;BYDAY="
                    + (m.week() == EventRule.LAST ? "-1" : String.valueOf(m.week())) + day(m.day()) + until);
            case EventRule.MonthlyOnDay m -> Optional.of("FREQ=MONTHLY;BYMONTHDAY=" + m.dayOfMonth() + until);
            case EventRule.Single s -> Optional.empty();
            case EventRule.DateList l -> Optional.empty();
        };
    }

    /** The first date of a series from its start on (DTSTART must be one of its dates); empty if none. */
    static Optional<EventRule.Occurrence> firstOf(EventRule rule) {
        return switch (rule) {
            case EventRule.Weekly w -> Optional.of(w.from().with(TemporalAdjusters.nextOrSame(w.day())))
                    .filter(date -> w.until().map(until -> !date.isAfter(until)).orElse(true))
                    .map(date -> new EventRule.Occurrence(date, w.start(), w.end(), w.allDay()));
            case EventRule.MonthlyOnWeekday m -> m.occurrences(m.from()).stream().findFirst();
            case EventRule.MonthlyOnDay m -> m.occurrences(m.from()).stream().findFirst();
            default -> Optional.empty();
        };
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    private static String until(EventRule rule) {
        Optional<LocalDate> until = switch (rule) {
            case EventRule.Weekly w -> w.until();
            case EventRule.MonthlyOnWeekday m -> m.until();
            case EventRule.MonthlyOnDay m -> m.until();
            case EventRule.Single s -> Optional.empty();
            case EventRule.DateList l -> Optional.empty();
        };
        return until.map(date -> ";UNTIL=" + IcsCalendar.until(date, rule.allDay())).orElse("");
    }
}
