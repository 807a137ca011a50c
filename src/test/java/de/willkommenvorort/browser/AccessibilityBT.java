package de.willkommenvorort.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import de.willkommenvorort.support.AppTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core (WCAG 2.1 A/AA rules) on the newcomer's screens: no serious or critical violation. */
@AppTest
class AccessibilityBT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "home, Deutsch", "results, Deutsch", "offer, Deutsch", "language, Deutsch",
            "home, العربية", "results, العربية", "offer, العربية",
            "events, Deutsch", "events, العربية", "event, العربية",
            "course-check, Deutsch", "course-check, العربية"
    })
    void newcomer_screens_have_no_serious_accessibility_violations(String screen, String language) {
        open("/");
        chooseLanguage(language);
        long offerId = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
        switch (screen) {
            case "home" -> open("/");
            case "results" -> open("/offers?block=education");
            case "offer" -> open("/offer/" + offerId);
            case "language" -> open("/language");
            case "course-check" -> open("/courses/check");
            case "events" -> open("/events?when=month");
            case "event" -> open("/offer/" + jdbc.sql("SELECT MIN(d.offer_id) FROM offer_event_date d"
                    + " JOIN offer o ON o.id = d.offer_id WHERE o.review_state = 'PUBLISHED'").query(Long.class).single());
            default -> throw new IllegalArgumentException(screen);
        }
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(AccessibilityBT::describe)
                .toList();
        assertThat(serious).as("serious or critical axe violations on %s (%s)", screen, language).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}
