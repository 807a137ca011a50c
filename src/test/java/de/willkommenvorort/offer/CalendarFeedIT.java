package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.TestOffers;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar feed ({@code /events.ics}) read by a real iCalendar parser (ical4j), as a phone
 * that subscribes reads it: valid RFC 5545, a weekly series as one event with RRULE, its cancelled
 * date as EXDATE and a date elsewhere as a change of the series, the same UIDs on every reading,
 * texts in the language asked for, published events only, narrowed by building block.
 */
@AppTest
@WithMockUser(roles = AppRoles.MODERATOR)
class CalendarFeedIT {

    private static final LocalTime SIX_PM = LocalTime.of(18, 0);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    @LocalServerPort
    int port;
    @Autowired
    PublicEvents events;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    TestOffers testOffers;
    @Autowired
    OfferRepository offers;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_weekly_series_is_one_event_with_its_rule_its_cancelled_date_and_its_date_elsewhere() throws Exception {
        String word = TestOffers.uniqueWord();
        LocalDate monday = events.today().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Offer draft = testOffers.draft("meeting-place", Map.of("de", "Training " + word, "uk", "Тренування " + word));
        draft.scheduleBy(new EventRule.Weekly(DayOfWeek.MONDAY, monday, Optional.empty(), SIX_PM,
                Optional.of(LocalTime.of(20, 0))), events.today());
        long series = published(draft);
        MunicipalityRef elsewhere = municipalities.all().get(3);
        transaction.executeWithoutResult(s -> {
            Offer offer = offers.findById(series).orElseThrow();
            offer.cancelDate(monday.plusWeeks(1), SIX_PM);
            offer.placeDateAt(monday.plusWeeks(2), SIX_PM, elsewhere.id(), "Marktplatz 1", "Bürgerhaus");
        });
        Offer unpublished = testOffers.draft("meeting-place", Map.of("de", "Entwurf " + word));
        unpublished.scheduleBy(new EventRule.Single(monday, SIX_PM, Optional.empty()), events.today());
        testOffers.saveDraft(unpublished);

        HttpDevice phone = new HttpDevice(port);
        HttpResponse<String> answer = phone.get("/events.ics?lang=uk");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();

        String uid = "offer-" + series + "@willkommen-vor-ort";
        List<CalendarComponent> ofSeries = calendar.getComponents().stream()
                .filter(c -> c.getName().equals("VEVENT") && value(c, "UID").equals(uid)).toList();
        assertThat(ofSeries).hasSize(2);
        CalendarComponent master = ofSeries.stream().filter(c -> c.getProperty("RECURRENCE-ID").isEmpty())
                .findFirst().orElseThrow();
        assertThat(value(master, "RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(value(master, "DTSTART")).isEqualTo(LOCAL.format(monday.atTime(SIX_PM)));
        assertThat(value(master, "EXDATE")).isEqualTo(LOCAL.format(monday.plusWeeks(1).atTime(SIX_PM)));
        assertThat(value(master, "SUMMARY")).isEqualTo("Тренування " + word);
        assertThat(value(master, "URL")).endsWith("/offer/" + series + "?lang=uk");
        CalendarComponent moved = ofSeries.stream().filter(c -> c.getProperty("RECURRENCE-ID").isPresent())
                .findFirst().orElseThrow();
        assertThat(value(moved, "RECURRENCE-ID")).isEqualTo(LOCAL.format(monday.plusWeeks(2).atTime(SIX_PM)));
        assertThat(value(moved, "LOCATION")).contains("Bürgerhaus").contains(elsewhere.name());

        assertThat(answer.body()).doesNotContain("Entwurf " + word);
        // Read again: the same feed, so a subscriber's phone changes nothing (and pays a 304).
        assertThat(phone.get("/events.ics?lang=uk").body()).isEqualTo(answer.body());
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertThat(phone.get("/events.ics?lang=uk", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void a_feed_is_narrowed_like_the_list_and_a_wrong_filter_is_named() throws Exception {
        String word = TestOffers.uniqueWord();
        LocalDate day = events.today().plusDays(3);
        Offer draft = testOffers.draft("meeting-place", Map.of("de", "Fest " + word));
        draft.scheduleBy(new EventRule.Single(day, SIX_PM, Optional.empty()), events.today());
        long single = published(draft);
        HttpDevice phone = new HttpDevice(port);
        // A meeting place is part of "participation".
        String inBlock = phone.get("/events.ics?block=participation").body();
        assertThat(inBlock).contains("Fest " + word).contains("UID:offer-" + single + "-");
        assertThat(phone.get("/events.ics?block=work").body()).doesNotContain("Fest " + word);
        assertThat(new CalendarBuilder().build(new StringReader(inBlock)).validate().hasErrors()).isFalse();

        HttpResponse<String> wrong = phone.get("/events.ics?q=fest");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"parameter\":\"q\"");
        assertThat(phone.get("/events.ics?lang=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void all_day_dates_are_days_an_all_day_series_leaves_out_its_cancelled_day_and_a_festival_has_each_day()
            throws Exception {
        String word = TestOffers.uniqueWord();
        LocalDate saturday = events.today().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Offer fair = testOffers.draft("meeting-place", Map.of("de", "Stadtfest " + word));
        fair.scheduleBy(EventRule.Single.wholeDay(saturday), events.today());
        long single = published(fair);
        Offer market = testOffers.draft("meeting-place", Map.of("de", "Flohmarkt " + word));
        market.scheduleBy(new EventRule.Weekly(DayOfWeek.SATURDAY, saturday, Optional.of(saturday.plusWeeks(3)),
                EventRule.ALL_DAY_START, Optional.empty(), true), events.today());
        long series = published(market);
        transaction.executeWithoutResult(s -> offers.findById(series).orElseThrow()
                .cancelDate(saturday.plusWeeks(1), EventRule.ALL_DAY_START));
        Offer kirmes = testOffers.draft("meeting-place", Map.of("de", "Kirmes " + word));
        kirmes.scheduleBy(new EventRule.DateList(EventRule.Occurrence.everyDay(saturday.plusDays(6),
                saturday.plusDays(8))), events.today());
        long festival = published(kirmes);

        String body = new HttpDevice(port).get("/events.ics").body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;

        CalendarComponent stadtfest = only(calendar, "offer-" + single + "-");
        assertThat(stadtfest.<Property>getProperty("DTSTART").orElseThrow().toString().strip())
                .isEqualTo("DTSTART;VALUE=DATE:" + day.format(saturday));
        assertThat(value(stadtfest, "DTEND")).as("exclusive").isEqualTo(day.format(saturday.plusDays(1)));

        CalendarComponent flohmarkt = only(calendar, "offer-" + series + "@");
        // UNTIL is a day like DTSTART (RFC 5545 3.3.10); ical4j writes the parts in its own order.
        assertThat(value(flohmarkt, "RRULE")).contains("FREQ=WEEKLY", "BYDAY=SA",
                "UNTIL=" + day.format(saturday.plusWeeks(3))).doesNotContainPattern("UNTIL=\\d{8}T");
        assertThat(flohmarkt.<Property>getProperty("EXDATE").orElseThrow().toString().strip())
                .isEqualTo("EXDATE;VALUE=DATE:" + day.format(saturday.plusWeeks(1)));
        assertThat(value(flohmarkt, "DTSTART")).isEqualTo(day.format(saturday));

        assertThat(calendar.getComponents().stream().filter(c -> value(c, "UID").startsWith("offer-" + festival + "-"))
                .map(c -> value(c, "DTSTART")).toList()).containsExactly(day.format(saturday.plusDays(6)),
                day.format(saturday.plusDays(7)), day.format(saturday.plusDays(8)));
        assertThat(body).doesNotContain("DTSTART;TZID=Europe/Berlin:" + day.format(saturday) + "T000000");
    }

    private static CalendarComponent only(Calendar calendar, String uidStart) {
        List<CalendarComponent> found = calendar.getComponents().stream()
                .filter(c -> c.getName().equals("VEVENT") && value(c, "UID").startsWith(uidStart)).toList();
        assertThat(found).as(uidStart).hasSize(1);
        return found.getFirst();
    }

    private long published(Offer offer) {
        long id = testOffers.saveDraft(offer);
        review.submit(id);
        review.publish(id);
        return id;
    }

    private static String value(CalendarComponent component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse("");
    }
}
