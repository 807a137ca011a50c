package de.willkommenvorort.offer;

import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of events that newcomers may see: dates from today on, of published offers within
 * their valid-until date, narrowed like the list of offers. Every public view of events reads
 * through this service only; "today" is the county's today ({@link Clock} in Europe/Berlin).
 */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

    public static final int MAX_PAGE = 50;
    /** How many coming dates an offer's page lists. */
    public static final int NEXT_DATES = 5;

    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm");

    private final JdbcClient jdbc;
    private final OfferRepository offers;
    private final MunicipalityService municipalities;
    private final Clock clock;

    PublicEvents(JdbcClient jdbc, OfferRepository offers, MunicipalityService municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in the county. */
    public EventPeriod thisDay() {
        return EventPeriod.today(today());
    }

    /** Today until Sunday. */
    public EventPeriod thisWeek() {
        return EventPeriod.restOfWeek(today());
    }

    /** Every coming date from {@code from} (today at the earliest) as far as dates are known. */
    public EventPeriod upcoming(LocalDate from) {
        LocalDate today = today();
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        LocalDate end = today.plus(EventRule.HORIZON);
        return new EventPeriod(start.isAfter(end) ? end : start, end);
    }

    /** A month from today on; months before this one become this one. */

    public EventPeriod month(YearMonth month) {
        return EventPeriod.month(month, today());
    }

    /**
     * One page of dates in the period, by day and time (all-day dates first), cancelled ones
     * included (marked). The filter's free text is not applied: events are browsed by date.
     */
    public List<EventCard> page(OfferFilter filter, EventPeriod period, String language, int offset, int limit) {
        Rows rows = rows(filter, period);
        // All-day dates start at midnight, so day and time order them first; all_day only breaks
        // the tie with a date that really starts at midnight, and the index still serves the order.
        return cards(jdbc.sql(SELECT + rows.from + " ORDER BY d.event_date, d.start_time, d.all_day DESC, d.offer_id"
                        + " LIMIT :limit OFFSET :offset")
                .params(rows.params)
                .param("limit", Math.clamp(limit, 1, MAX_PAGE))
                .param("offset", Math.max(0, offset)), language);
    }

    public int count(OfferFilter filter, EventPeriod period) {
        Rows rows = rows(filter, period);
        return jdbc.sql("SELECT COUNT(*)" + rows.from).params(rows.params).query(Integer.class).single();
    }

    /** The coming dates of one published event, cancelled ones included; empty for anything else. */
    public List<EventCard> nextDates(long offerId, String language) {
        Rows rows = rows(OfferFilter.everything(), new EventPeriod(today(), today().plus(EventRule.HORIZON)));
        return cards(jdbc.sql(SELECT + rows.from + " AND d.offer_id = :offer ORDER BY d.event_date, d.start_time"
                        + " LIMIT " + NEXT_DATES)
                .params(rows.params)
                .param("offer", offerId), language);
    }

    /**
     * One date of a published event as an iCalendar file, texts in {@code language} (German where
     * there is no translation); empty when the offer is not public or has no such date.
     */
    public Optional<String> calendarFile(long offerId, LocalDate date, LocalTime start, String language,
                                         String offerUrl) {
        LocalDate today = today();
        return offers.findByIdAndReviewState(offerId, ReviewState.PUBLISHED)
                .filter(offer -> offer.getValidUntil() == null || !offer.getValidUntil().isBefore(today))
                .flatMap(offer -> offer.getEventDates().stream().filter(d -> d.isAt(date, start)).findFirst()
                        .map(eventDate -> {
                            String textLanguage = TextChoice.pick(offer.getTexts().keySet(), language,
                                    offer.getOriginalLanguage());
                            OfferText text = offer.getTexts().get(textLanguage);
                            return IcsCalendar.of(new IcsCalendar.Entry(
                                    "offer-" + offerId + "-" + UID_TIME.format(date.atTime(start)) + "@willkommen-vor-ort",
                                    eventDate.occurrence(), text.getTitle(), text.getSummary(),
                                    location(offer, eventDate), offerUrl, textLanguage, eventDate.cancelled(),
                                    clock.instant()));
                        }));
    }

    /** Where a date takes place, as one line: its own place if it has one, else the offer's. */
    String location(Offer offer, EventDate date) {
        if (elsewhere(date)) {
            Optional<String> town = date.municipalityId().flatMap(municipalities::byId).map(MunicipalityRef::name);
            return join(date.placeName(), date.street(), town);
        }
        return location(offer);
    }

    /** Whether a date takes place somewhere else than its offer usually does. */
    static boolean elsewhere(EventDate date) {
        return date.municipalityId().isPresent() || date.placeName().isPresent() || date.street().isPresent();
    }

    /** Where the offer usually takes place, as one line (empty when online). */
    String location(Offer offer) {
        if (offer.isOnline()) {
            return "";
        }
        String town = (Optional.ofNullable(offer.getPostalCode()).orElse("") + " "
                + Optional.ofNullable(offer.getPlaceName()).orElse("")).strip();
        return join(Optional.ofNullable(offer.getStreet()), Optional.of(town).filter(t -> !t.isEmpty()));
    }

    @SafeVarargs
    private static String join(Optional<String>... parts) {
        return Stream.of(parts).flatMap(Optional::stream).filter(p -> !p.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static final String SELECT = "SELECT d.offer_id, d.event_date, d.start_time, d.end_time, d.cancelled,"
            + " o.online, d.place_name, m.name, o.original_language, d.all_day";

    private record Rows(String from, Map<String, Object> params) {
    }

    /** FROM … WHERE for the dates in a period of the offers a filter lets through. */
    private Rows rows(OfferFilter filter, EventPeriod period) {
        LocalDate today = today();
        // A date's own municipality counts for "where", else the offer's.
        OfferList.Query q = OfferList.Query.of(filter, today, "COALESCE(d.municipality_id, o.municipality_id)");
        Map<String, Object> params = new HashMap<>(q.params);
        params.put("from", period.from().isBefore(today) ? today : period.from());
        params.put("to", period.to());
        return new Rows(" FROM offer_event_date d JOIN offer o ON o.id = d.offer_id" + q.joins
                + " LEFT JOIN municipality m ON m.id = COALESCE(d.municipality_id, o.municipality_id)"
                + " WHERE " + q.where + " AND d.event_date BETWEEN :from AND :to", params);
    }

    private record Row(long offerId, LocalDate date, LocalTime start, LocalTime end, boolean cancelled,
                       boolean online, String placeName, String municipality, String original, boolean allDay) {
    }

    private List<EventCard> cards(JdbcClient.StatementSpec statement, String language) {
        List<Row> rows = statement.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getBoolean(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> titles = new HashMap<>();
        jdbc.sql("SELECT t.offer_id, t.language, t.title FROM offer_text t JOIN offer o ON o.id = t.offer_id"
                        + " WHERE t.offer_id IN (:ids) AND t.language IN (:language, 'de', o.original_language)")
                .param("ids", rows.stream().map(Row::offerId).distinct().toList())
                .param("language", language)
                .query(rs -> {
                    titles.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        List<EventCard> cards = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Map<String, String> byLanguage = titles.getOrDefault(row.offerId(), Map.of());
            String textLanguage = TextChoice.pick(byLanguage.keySet(), language, row.original());
            cards.add(new EventCard(row.offerId(), row.date(), row.start(), Optional.ofNullable(row.end()), row.allDay(),
                    byLanguage.getOrDefault(textLanguage, ""), textLanguage, Optional.ofNullable(row.placeName()),
                    Optional.ofNullable(row.municipality()), row.online(), row.cancelled()));
        }
        return cards;
    }
}
