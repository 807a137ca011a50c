package de.willkommenvorort.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.support.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every newcomer screen fits the phone: nothing scrolls sideways, tap targets are big enough. */
@AppTest
class PhoneSizesBT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}×{1} in {2}")
    @CsvSource({"360, 640, de", "390, 844, de", "360, 640, ar", "390, 844, ar"})
    void newcomer_screens_fit_the_phone(int width, int height, String language) {
        context.close();
        context = BrowserTest.browserFor(phone(language, width, height));
        page = context.newPage();
        context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("wvo-lang", language)
                .setUrl(url("/"))));
        long offerId = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
        long eventId = jdbc.sql("SELECT MIN(d.offer_id) FROM offer_event_date d JOIN offer o ON o.id = d.offer_id"
                + " WHERE o.review_state = 'PUBLISHED' AND d.event_date >= CURRENT_DATE").query(Long.class).single();
        for (String path : new String[] {"/language", "/", "/offers?block=education", "/offer/" + offerId,
                "/events?when=month", "/offer/" + eventId}) {
            open(path);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways scroll on %s", path).isLessThanOrEqualTo(0);
            Object small = page.evaluate("() => Array.from(document.querySelectorAll("
                    + "'main a.block-tile, main a.contact-action, main button, main vaadin-button, .language-switch,"
                    + " main a.events-tile, main a.info-tile, main a.period-tab, main a.month-step, main a.event-card, main a.calendar-link'))"
                    + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
                    + ".map(e => e.className || e.tagName)");
            assertThat((java.util.List<?>) small).as("tap targets under 44 px on %s", path).isEmpty();
        }
    }
}
