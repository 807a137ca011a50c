package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A newcomer on a phone tells the county about an outdated offer, and about a search that found nothing. */
@AppTest
class ReportBT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_newcomer_reports_an_offer_as_outdated_and_is_thanked() {
        long offerId = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED' AND valid_until IS NULL")
                .query(Long.class).single();
        String text = "Der Kurs ist seit Mai vorbei " + TestOffers.uniqueWord();
        open("/");
        chooseLanguage("Deutsch");
        open("/offer/" + offerId);
        String title = heading().innerText();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stimmt hier etwas nicht? Melden Sie es dem Landkreis"))
                .click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/offer/" + offerId + "/report"));
        assertThat(heading()).hasText("Etwas stimmt nicht bei: " + title);
        Locator outdated = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Falsch oder veraltet"));
        assertThat(outdated.boundingBox().height).as("a big tap target").isGreaterThanOrEqualTo(48);
        assertThat(outdated.boundingBox().width).as("the whole width of a small phone").isGreaterThan(300);
        outdated.click();
        assertThat(outdated).hasAttribute("aria-checked", "true");
        page.getByLabel("Was sollen wir wissen? (freiwillig)").fill(text);
        assertThat(page.getByText(text.length() + " von 500 Zeichen")).isVisible();
        screenshot("report-1-form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")).click();
        assertThat(heading()).hasText("Danke für Ihre Meldung");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zum Angebot"))).isVisible();
        screenshot("report-2-thanks");
        assertThat(jdbc.sql("SELECT kind FROM offer_report WHERE offer_id = ? AND message = ?").params(offerId, text)
                .query(String.class).single()).isEqualTo("WRONG_OR_OUTDATED");
    }

    @Test
    void the_report_form_reads_right_to_left_in_arabic() {
        long offerId = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED' AND valid_until IS NULL")
                .query(Long.class).single();
        usePhone("ar");
        open("/");
        chooseLanguage("العربية");
        open("/offer/" + offerId + "/report");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Locator choice = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("خاطئ أو قديم"));
        choice.click();
        Locator label = choice.locator("xpath=..");
        assertThat(choice.boundingBox().x + choice.boundingBox().width)
                .as("the choice starts at the right edge").isGreaterThan(label.boundingBox().width * 0.9);
        screenshot("report-ar-form");
        assertNoSeriousAxeViolations("report form in Arabic");
    }

    @Test
    void a_newcomer_says_an_empty_search_found_nothing_once() {
        String word = "Quastenflosser" + TestOffers.uniqueWord();
        open("/");
        chooseLanguage("Deutsch");
        open("/offers?q=" + word);
        assertThat(page.locator(".result-count")).hasText("Keine Angebote gefunden");
        Locator tell = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Ich habe nichts gefunden – dem Landkreis sagen"));
        tell.click();
        assertThat(page.getByText("Danke! Der Landkreis erfährt, wonach gesucht wurde")).isVisible();
        assertThat(tell).isHidden();
        screenshot("found-nothing");
        assertNoSeriousAxeViolations("empty result after I found nothing");
        assertThat(jdbc.sql("SELECT language FROM found_nothing WHERE query = ?").param(word).query(String.class).list())
                .containsExactly("de");
    }

    /** axe-core's WCAG 2.1 A/AA rules, as in {@link AccessibilityBT}: no serious or critical violation. */
    private void assertNoSeriousAxeViolations(String screen) {
        List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp())
                .toList();
        assertThat(serious).as("serious or critical axe violations on the %s", screen).isEmpty();
    }
}
