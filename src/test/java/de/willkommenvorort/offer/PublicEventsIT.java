package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import de.willkommenvorort.security.AppRoles;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The public list of event dates against the real MariaDB with the demo county. */
@AppTest
@WithMockUser(roles = AppRoles.MODERATOR)
class PublicEventsIT {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

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
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @LocalServerPort
    int port;

    @Test
    void the_demo_county_has_published_events_this_month_and_next() {
        YearMonth now = YearMonth.from(events.today());
        List<EventCard> twoMonths = new ArrayList<>(all(OfferFilter.everything(), events.month(now), "de"));
        twoMonths.addAll(all(OfferFilter.everything(), events.month(now.plusMonths(1)), "de"));
        assertThat(twoMonths.stream().map(EventCard::offerId).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(twoMonths).anySatisfy(card -> assertThat(card.cancelled()).isTrue());
    }

    @Test
    void dates_of_unpublished_offers_never_appear() {
        LocalDate day = events.today().plusDays(2);
        Offer draft = event("Entwurf", new EventRule.Single(day, SIX_PM, Optional.empty()));
        long id = testOffers.saveDraft(draft);
        EventPeriod period = new EventPeriod(day, day);
        assertThat(ids(period)).doesNotContain(id);
        review.submit(id);
        assertThat(ids(period)).doesNotContain(id);
        assertThat(events.nextDates(id, "de")).isEmpty();
        assertThat(events.calendarFile(id, day, SIX_PM, "de", "x")).isEmpty();
        review.reject(id, RejectionReason.INCOMPLETE, "Bitte Ort ergänzen");
        assertThat(ids(period)).doesNotContain(id);
        // And everything the demo has unpublished stays out of a whole year of dates.
        List<Long> hidden = jdbc.sql("SELECT DISTINCT d.offer_id FROM offer_event_date d JOIN offer o ON o.id = d.offer_id"
                + " WHERE o.review_state <> 'PUBLISHED'").query(Long.class).list();
        assertThat(hidden).contains(id);
        EventPeriod year = new EventPeriod(events.today(), events.today().plusYears(1));
        assertThat(all(OfferFilter.everything(), year, "de")).extracting(EventCard::offerId)
                .doesNotContainAnyElementsOf(hidden);
    }

    @Test
    void today_week_and_month_are_counted_in_berlin() {
        // Wednesday 24 March 2027, 23:30 UTC is already Thursday the 25th, 00:30 in Berlin.
        PublicEvents atNight = new PublicEvents(jdbc, offers, municipalities,
                Clock.fixed(Instant.parse("2027-03-24T23:30:00Z"), CountyTime.ZONE));
        assertThat(atNight.today()).isEqualTo(LocalDate.of(2027, 3, 25));
        long id = published(event("Grenzen", new EventRule.DateList(List.of(
                at(LocalDate.of(2027, 3, 24), SIX_PM), at(LocalDate.of(2027, 3, 25), TEN),
                at(LocalDate.of(2027, 3, 28), SIX_PM), at(LocalDate.of(2027, 3, 29), TEN),
                at(LocalDate.of(2027, 3, 31), SIX_PM), at(LocalDate.of(2027, 4, 1), TEN)))));

        assertThat(datesOf(id, atNight, atNight.thisDay())).containsExactly(LocalDate.of(2027, 3, 25));
        assertThat(datesOf(id, atNight, atNight.thisWeek()))
                .containsExactly(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 28));
        assertThat(datesOf(id, atNight, atNight.month(YearMonth.of(2027, 3)))).containsExactly(LocalDate.of(2027, 3, 25),
                LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 31));
        assertThat(datesOf(id, atNight, atNight.month(YearMonth.of(2027, 4)))).containsExactly(LocalDate.of(2027, 4, 1));
        // A past month is not listed: asking for it shows this month from today on.
        assertThat(atNight.month(YearMonth.of(2027, 2))).isEqualTo(atNight.month(YearMonth.of(2027, 3)));
    }

    @Test
    void a_cancelled_date_is_listed_marked_and_its_calendar_file_says_cancelled() throws Exception {
        LocalDate monday = events.today().plusWeeks(1).with(DayOfWeek.MONDAY);
        long id = published(event("Training", new EventRule.Weekly(DayOfWeek.MONDAY, monday,
                Optional.of(monday.plusWeeks(3)), SIX_PM, Optional.of(LocalTime.of(19, 30)))));
        transaction.executeWithoutResult(s -> offers.findById(id).orElseThrow().cancelDate(monday.plusWeeks(1), SIX_PM));

        EventPeriod weeks = new EventPeriod(monday, monday.plusWeeks(3));
        List<EventCard> dates = all(OfferFilter.everything(), weeks, "de").stream().filter(c -> c.offerId() == id).toList();
        assertThat(dates).extracting(EventCard::date).containsExactly(monday, monday.plusWeeks(1), monday.plusWeeks(2),
                monday.plusWeeks(3));
        assertThat(dates).extracting(EventCard::cancelled).containsExactly(false, true, false, false);
        assertThat(events.nextDates(id, "de")).hasSize(4).extracting(EventCard::cancelled).contains(true);

        String path = "/events/" + id + "/" + monday.plusWeeks(1) + "T1800.ics";
        HttpResponse<String> ics = get(path, "wvo-lang=uk");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
        assertThat(ics.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        String body = ics.body().replace("\r\n ", "");
        assertThat(body).contains("STATUS:CANCELLED", "DTSTART;TZID=Europe/Berlin:" + monday.plusWeeks(1).toString()
                .replace("-", "") + "T180000", "SUMMARY;LANGUAGE=uk:Тренування ", "URL:http://localhost:" + port + "/offer/" + id);
        assertThat(get("/events/" + id + "/" + monday + "T1800.ics", "wvo-lang=ti").body())
                .contains("STATUS:CONFIRMED", "SUMMARY;LANGUAGE=de:Training ");
        assertThat(get("/events/" + id + "/" + monday + "T1900.ics", "").statusCode()).as("no such date").isEqualTo(404);
        assertThat(get("/events/999999999/" + monday + "T1800.ics", "").statusCode()).as("no such offer").isEqualTo(404);
    }

    @Test
    void filters_narrow_event_dates_like_offers_and_a_date_elsewhere_counts_for_its_own_place() {
        List<MunicipalityRef> places = municipalities.all();
        MunicipalityRef usual = places.getFirst();
        MunicipalityRef elsewhere = places.get(5);
        LocalDate day = events.today().plusDays(9);
        Offer offer = event("Fest", new EventRule.DateList(List.of(at(day, TEN), at(day.plusDays(1), TEN))));
        offer.placeDateAt(day.plusDays(1), TEN, elsewhere.id(), "Marktplatz 1", "Bürgerhaus");
        offer.getTargetGroups().add(TargetGroup.FAMILIES);
        offer.getSpokenLanguages().add("ti");
        long id = published(offer);
        EventPeriod two = new EventPeriod(day, day.plusDays(1));

        assertThat(datesOf(id, events, two, OfferFilter.everything().withMunicipality(usual.id()))).containsExactly(day);
        assertThat(datesOf(id, events, two, OfferFilter.everything().withMunicipality(elsewhere.id())))
                .containsExactly(day.plusDays(1));
        EventCard moved = all(OfferFilter.everything(), two, "de").stream()
                .filter(c -> c.offerId() == id && c.date().equals(day.plusDays(1))).findFirst().orElseThrow();
        assertThat(moved.placeName()).contains("Bürgerhaus");
        assertThat(moved.municipalityName()).contains(elsewhere.name());

        assertThat(datesOf(id, events, two, OfferFilter.everything().withTargetGroup(TargetGroup.FAMILIES))).hasSize(2);
        assertThat(datesOf(id, events, two, OfferFilter.everything().withTargetGroup(TargetGroup.WOMEN))).isEmpty();
        assertThat(datesOf(id, events, two, OfferFilter.everything().withSpokenLanguage("ti"))).hasSize(2);
        assertThat(datesOf(id, events, two, OfferFilter.everything().withSpokenLanguage("ps"))).isEmpty();
        assertThat(datesOf(id, events, two, OfferFilter.everything().withFreeOnly(true))).hasSize(2);
        assertThat(datesOf(id, events, two, OfferFilter.everything()
                .withBlock(de.willkommenvorort.category.BuildingBlock.PARTICIPATION))).hasSize(2);
        assertThat(datesOf(id, events, two, OfferFilter.everything()
                .withBlock(de.willkommenvorort.category.BuildingBlock.WORK))).isEmpty();

        int all = events.count(OfferFilter.everything(), two);
        assertThat(all).isGreaterThanOrEqualTo(2);
        assertThat(events.count(OfferFilter.everything().withTargetGroup(TargetGroup.WOMEN), two)).isLessThan(all);
    }

    @Test
    void titles_come_in_the_newcomers_language_with_german_as_fallback() {
        LocalDate day = events.today().plusDays(4);
        Offer offer = event("Abend", new EventRule.Single(day, SIX_PM, Optional.empty()));
        offer.putText("ar", new OfferText("أمسية " + "عربية", "ملخص", "وصف"));
        long id = published(offer);
        EventPeriod one = new EventPeriod(day, day);
        assertThat(all(OfferFilter.everything(), one, "ar")).filteredOn(c -> c.offerId() == id).singleElement()
                .satisfies(c -> {
                    assertThat(c.title()).isEqualTo("أمسية عربية");
                    assertThat(c.textLanguage()).isEqualTo("ar");
                });
        assertThat(all(OfferFilter.everything(), one, "fa")).filteredOn(c -> c.offerId() == id).singleElement()
                .satisfies(c -> assertThat(c.textLanguage()).isEqualTo("de"));
    }

    @Test
    void dates_come_by_day_and_time_and_pages_follow_each_other() {
        EventPeriod year = new EventPeriod(events.today(), events.today().plusYears(1));
        List<EventCard> all = all(OfferFilter.everything(), year, "de");
        assertThat(all).hasSize(events.count(OfferFilter.everything(), year)).hasSizeGreaterThan(PublicEvents.MAX_PAGE);
        for (int i = 1; i < all.size(); i++) {
            EventCard a = all.get(i - 1);
            EventCard b = all.get(i);
            assertThat(a.date().atTime(a.start())).isBeforeOrEqualTo(b.date().atTime(b.start()));
        }
        assertThat(all.stream().map(c -> c.offerId() + "@" + c.date() + c.start()).distinct()).hasSize(all.size());
    }

    @Test
    void an_all_day_date_comes_first_on_its_day_and_its_calendar_file_is_that_day() throws Exception {
        LocalDate day = events.today().plusDays(11);
        // Published first, so that by offer alone the midnight party would come before the fair.
        long party = published(event("Mitternacht", new EventRule.Single(day, LocalTime.MIDNIGHT, Optional.empty())));
        long fair = published(event("Stadtfest", EventRule.Single.wholeDay(day)));
        List<EventCard> onTheDay = all(OfferFilter.everything(), new EventPeriod(day, day), "de").stream()
                .filter(c -> c.offerId() == party || c.offerId() == fair).toList();
        assertThat(onTheDay).extracting(EventCard::offerId, EventCard::allDay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fair, true),
                        org.assertj.core.groups.Tuple.tuple(party, false));
        assertThat(events.nextDates(fair, "de")).singleElement().satisfies(c -> {
            assertThat(c.allDay()).isTrue();
            assertThat(c.end()).isEmpty();
        });

        HttpResponse<String> file = get("/events/" + fair + "/" + day + "T0000.ics", "");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("DTSTART;VALUE=DATE:" + day.toString().replace("-", "") + "\r\n")
                .contains("DTEND;VALUE=DATE:" + day.plusDays(1).toString().replace("-", "") + "\r\n");
    }

    @Test
    void a_weekly_series_is_extended_as_time_goes_on_and_keeps_its_cancellations() {
        LocalDate today = events.today();
        LocalDate firstMonday = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        long id = published(event("Reihe", new EventRule.Weekly(DayOfWeek.MONDAY, today, Optional.empty(), SIX_PM,
                Optional.empty())));
        LocalDate cancelled = firstMonday.plusWeeks(10);
        transaction.executeWithoutResult(s -> offers.findById(id).orElseThrow().cancelDate(cancelled, SIX_PM));
        LocalDate lastBefore = lastDate(id);
        assertThat(lastBefore).isAfter(today.plusWeeks(51));

        // Two months later, for this offer only (the demo's series stay as they are for other tests).
        LocalDate later = today.plusMonths(2);
        assertThat((Boolean) transaction.execute(s -> EventSeries.extend(offers.findById(id).orElseThrow(), later))).isTrue();
        assertThat(lastDate(id)).isAfter(lastBefore.plusWeeks(7));
        assertThat(jdbc.sql("SELECT cancelled FROM offer_event_date WHERE offer_id = ? AND event_date = ?")
                .params(id, cancelled).query(Boolean.class).single()).isTrue();
        assertThat((Boolean) transaction.execute(s -> EventSeries.extend(offers.findById(id).orElseThrow(), later)))
                .as("nothing new the second time").isFalse();
    }

    private LocalDate lastDate(long id) {
        return jdbc.sql("SELECT MAX(event_date) FROM offer_event_date WHERE offer_id = ?").param(id)
                .query(LocalDate.class).single();
    }

    private Offer event(String word, EventRule rule) {
        String title = word + " " + TestOffers.uniqueWord();
        Offer offer = testOffers.draft("meeting-place", Map.of("de", title, "uk", "Тренування " + title));
        offer.scheduleBy(rule, events.today());
        return offer;
    }

    private long published(Offer offer) {
        long id = testOffers.saveDraft(offer);
        review.submit(id);
        review.publish(id);
        return id;
    }

    private static EventRule.Occurrence at(LocalDate date, LocalTime start) {
        return new EventRule.Occurrence(date, start, Optional.empty());
    }

    private List<Long> ids(EventPeriod period) {
        return all(OfferFilter.everything(), period, "de").stream().map(EventCard::offerId).toList();
    }

    private List<LocalDate> datesOf(long id, PublicEvents service, EventPeriod period) {
        return datesOf(id, service, period, OfferFilter.everything());
    }

    private List<LocalDate> datesOf(long id, PublicEvents service, EventPeriod period, OfferFilter filter) {
        List<LocalDate> dates = new ArrayList<>();
        for (int offset = 0; ; offset += PublicEvents.MAX_PAGE) {
            List<EventCard> page = service.page(filter, period, "de", offset, PublicEvents.MAX_PAGE);
            page.stream().filter(c -> c.offerId() == id).forEach(c -> dates.add(c.date()));
            if (page.size() < PublicEvents.MAX_PAGE) {
                return dates;
            }
        }
    }

    private List<EventCard> all(OfferFilter filter, EventPeriod period, String language) {
        List<EventCard> cards = new ArrayList<>();
        for (int offset = 0; ; offset += PublicEvents.MAX_PAGE) {
            List<EventCard> page = events.page(filter, period, language, offset, PublicEvents.MAX_PAGE);
            cards.addAll(page);
            if (page.size() < PublicEvents.MAX_PAGE) {
                return cards;
            }
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
