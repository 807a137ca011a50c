package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.willkommenvorort.support.AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A newcomer finds events by date on a phone and takes one into the phone's calendar. */
@AppTest
class EventsBT extends BrowserTest {

    /** The demo county's weekly language café, in Arabic (src/main/resources/demo/offers-3-events.json). */
    private static final String ARABIC_CAFE = "مقهى اللغة في المحطة";
    /** The demo county's all-day festival. */
    private static final String GERMAN_FESTIVAL = "Interkulturelles Fest auf dem Marktplatz";

    @Autowired
    JdbcClient jdbc;

    @Test
    void arabic_newcomer_opens_events_by_month_and_adds_a_date_to_the_calendar() throws IOException {
        usePhone("ar");
        open("/");
        chooseLanguage("العربية");
        page.locator("a.events-tile").click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/events.*"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading()).hasText("الفعاليات");

        page.locator("a.period-tab").nth(3).click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*when=month.*"));
        // Next month always holds four Wednesdays of the weekly café, whatever day the test runs.
        page.locator("a.month-next").click();
        settle();
        Locator days = page.locator(".event-day");
        assertThat(days.first()).isVisible();
        assertThat(days.first()).hasText(Pattern.compile("[٠-٩]"));
        assertThat(days.first()).not().hasText(Pattern.compile("[0-9]"));
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("[٠-٩]"));
        screenshot("ar-events-month");

        Locator cafe = page.locator("a.event-card", new Page.LocatorOptions().setHasText(ARABIC_CAFE)).first();
        assertThat(cafe.locator(".event-title")).hasAttribute("lang", "ar");
        cafe.click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/offer/\\d+\\?back=.*"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading()).containsText(ARABIC_CAFE);
        Locator calendarLinks = page.locator(".event-dates a.calendar-link");
        assertThat(calendarLinks.first()).isVisible();
        assertThat(calendarLinks.count()).isBetween(1, 5);
        screenshot("ar-event-offer");

        Download download = page.waitForDownload(() -> calendarLinks.first().click());
        assertThat(download.suggestedFilename()).endsWith(".ics");
        String ics = Files.readString(download.path(), StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(unfolded).contains("DTSTART;TZID=Europe/Berlin:").contains("SUMMARY;LANGUAGE=ar:" + ARABIC_CAFE)
                .contains("BEGIN:VTIMEZONE");
    }

    @Test
    void an_all_day_festival_says_all_day_in_german_and_in_arabic_not_midnight() {
        // The demo's festival on the market place is all day, 17 days after loading.
        long festival = jdbc.sql("""
                        SELECT MIN(d.offer_id) FROM offer_event_date d JOIN offer o ON o.id = d.offer_id
                        JOIN offer_text t ON t.offer_id = o.id AND t.language = 'de'
                        WHERE o.review_state = 'PUBLISHED' AND d.all_day AND t.title = ?""")
                .param(GERMAN_FESTIVAL).query(Long.class).single();
        LocalDate day = jdbc.sql("SELECT MIN(event_date) FROM offer_event_date WHERE offer_id = ?").param(festival)
                .query(LocalDate.class).single();
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        open("/events?when=month&month=" + YearMonth.from(day));
        Locator card = page.locator("a.event-card", new Page.LocatorOptions().setHasText(GERMAN_FESTIVAL));
        assertThat(card.locator(".event-time")).hasText("ganztägig");
        card.click();
        settle();
        Locator when = page.locator(".event-dates .event-when").first();
        assertThat(when).containsText("ganztägig");
        assertThat(when).not().containsText("00:00");
        screenshot("de-event-all-day");

        usePhone("ar");
        context.addCookies(List.of(new Cookie("wvo-lang", "ar").setUrl(url("/"))));
        open("/offer/" + festival);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Locator arabic = page.locator(".event-dates .event-when").first();
        assertThat(arabic).containsText("طوال اليوم");
        assertThat(arabic).not().containsText("٠٠:٠٠");
        assertThat(arabic).not().containsText("00:00");
        screenshot("ar-event-all-day");
    }

    @Test
    void the_home_page_leads_to_the_next_events_near_where_the_newcomer_lives() {
        long place = jdbc.sql("SELECT id FROM municipality WHERE name = 'Bad Lindenau'").query(Long.class).single();
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/")),
                new Cookie("wvo-place", String.valueOf(place)).setUrl(url("/"))));
        open("/");
        page.locator("a.events-tile").click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/events\\?place=" + place + "$"));
        assertThat(page.locator("a.period-tab[aria-current=page]")).hasText("Nächste Termine");
        assertThat(page.locator(".event-place").allInnerTexts())
                .allSatisfy(where -> assertThat(where).contains("Bad Lindenau"));
    }

    @Test
    void a_cancelled_date_is_marked_and_an_empty_period_offers_a_way_on() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        // The demo cancels the second of the club's irregular trainings, six days after loading.
        LocalDate cancelledDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(6);
        open("/events?when=month&month=" + YearMonth.from(cancelledDay));
        Locator cancelled = page.locator("a.event-card.cancelled").first();
        assertThat(cancelled).isVisible();
        assertThat(cancelled.locator(".cancelled-badge")).hasText("Fällt aus");
        assertThat(cancelled).hasCSS("border-inline-start-color", "rgb(179, 38, 30)");
        screenshot("de-events-cancelled");

        // No demo event is for children only: the list is empty and says how to go on.
        YearMonth next = YearMonth.now(ZoneId.of("Europe/Berlin")).plusMonths(1);
        open("/events?when=month&month=" + next + "&group=children");
        assertThat(page.locator(".event-card")).hasCount(0);
        assertThat(page.locator(".empty-result")).isVisible();
        Locator nextMonth = page.locator(".empty-result a.next-month");
        assertThat(nextMonth).hasAttribute("href", Pattern.compile(".*month=" + next.plusMonths(1) + ".*"));
        assertThat(nextMonth).hasAttribute("href", Pattern.compile(".*group=children.*"));
        page.locator(".empty-result a.widen-button", new Page.LocatorOptions().setHasText("Alle Filter entfernen")).click();
        assertThat(page.locator(".event-card").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/events\\?.*month=" + next + ".*"));
        assertThat(page.url()).doesNotContain("group=");
    }

    @Test
    void the_list_opens_on_the_next_dates_there_are_grouped_by_day_even_when_today_has_none() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate first = jdbc.sql("""
                        SELECT MIN(d.event_date) FROM offer_event_date d JOIN offer o ON o.id = d.offer_id
                        WHERE o.review_state = 'PUBLISHED' AND d.event_date >= ?""")
                .param(today).query(LocalDate.class).single();
        open("/events");
        assertThat(page.locator("a.period-tab[aria-current=page]")).hasText("Nächste Termine");
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("\\d+ kommende Termine"));
        Locator days = page.locator(".event-day");
        assertThat(days.first()).isVisible();
        // The first heading is the first day with a date, whether that is today or next week.
        assertThat(days.first()).hasText(de.willkommenvorort.i18n.LocalFormats.day(first,
                de.willkommenvorort.i18n.Language.get("de")));
        assertThat(days.count()).as("dates of several days, each under its own heading").isGreaterThan(1);
        assertThat(page.locator(".empty-result")).hasCount(0);
    }

    @Test
    void a_cancelled_date_on_the_offer_page_offers_no_calendar_file() {
        context.addCookies(List.of(new Cookie("wvo-lang", "de").setUrl(url("/"))));
        LocalDate cancelledDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(6);
        long offer = jdbc.sql("""
                        SELECT d.offer_id FROM offer_event_date d JOIN offer o ON o.id = d.offer_id
                        WHERE o.review_state = 'PUBLISHED' AND d.cancelled AND d.event_date = ?""")
                .param(cancelledDay).query(Long.class).list().getFirst();
        open("/offer/" + offer);
        Locator cancelled = page.locator(".event-dates .event-date.cancelled").first();
        assertThat(cancelled).isVisible();
        assertThat(cancelled.locator(".cancelled-badge")).hasText("Fällt aus");
        assertThat(cancelled.locator("a.calendar-link")).hasCount(0);
        assertThat(page.locator(".event-dates .event-date:not(.cancelled) a.calendar-link").first()).isVisible();
    }
}
