package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import de.willkommenvorort.support.AppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newcomer's first journey on a phone: language, home, a building block, an offer. */
@AppTest
class NewcomerJourneyBT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void german_journey_from_language_choice_to_calling_an_offer() {
        List<String> foreign = new ArrayList<>();
        page.onRequest(request -> {
            if (!request.url().startsWith(url("/")) && !request.url().startsWith("data:")) {
                foreign.add(request.url());
            }
        });

        open("/");
        // A first visit starts at the language picker, at the start page's own address.
        assertThat(page.locator(".language-choice").first()).isVisible();
        screenshot("de-0-language");
        chooseLanguage("Deutsch");

        assertThat(heading()).hasText("Willkommen im Landkreis!");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator(".block-tile")).hasCount(4);
        assertThat(brokenImages()).as("images that did not load").isEmpty();
        screenshot("de-1-home");

        page.locator(".block-tile", new Page.LocatorOptions().setHasText("Sprache und Bildung")).click();
        settle();
        assertThat(heading()).hasText("Sprache und Bildung");
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("\\d+ Angebote gefunden"));
        Locator firstCard = page.locator(".offer-card").first();
        assertThat(firstCard).isVisible();
        screenshot("de-2-results");

        String title = firstCard.locator(".offer-card-title").innerText();
        firstCard.click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/offer/\\d+\\?back=.*"));
        assertThat(heading()).hasText(title);
        assertThat(page.locator("a.contact-action[href^='tel:']")).isVisible();
        assertThat(page.locator("a.contact-action[href^='geo:']").or(page.getByText("Online oder am Telefon")).first())
                .isVisible();
        assertThat(brokenImages()).as("images that did not load").isEmpty();
        assertThat(page.locator(".checked-on")).hasText(Pattern.compile("^Geprüft am \\d{1,2}\\. \\S+ \\d{4}$"));
        screenshot("de-3-offer");

        assertThat(foreign).as("requests that left the app's origin").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> brokenImages() {
        return (List<String>) page.evaluate("() => Array.from(document.images)"
                + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src'))");
    }

    @Test
    void arabic_journey_mirrors_the_whole_layout() {
        usePhone("ar");
        open("/");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        chooseLanguage("العربية");

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        BoundingBox name = page.locator(".app-name").boundingBox();
        BoundingBox language = page.locator(".language-switch").boundingBox();
        assertThat(name.x).as("the app's name sits on the right in Arabic").isGreaterThan(language.x);
        BoundingBox icon = page.locator(".block-tile .tile-icon").first().boundingBox();
        BoundingBox tileTitle = page.locator(".block-tile .tile-title").first().boundingBox();
        assertThat(icon.x).as("tile icons lead on the right").isGreaterThan(tileTitle.x);
        screenshot("ar-1-home");

        page.locator(".block-tile").nth(1).click();
        settle();
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("[٠-٩]"));
        Locator firstCard = page.locator(".offer-card").first();
        assertThat(firstCard).isVisible();
        screenshot("ar-2-results");

        firstCard.click();
        settle();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("a.contact-action[href^='tel:']")).isVisible();
        // "Checked on …" in Arabic, the date with Arabic digits.
        assertThat(page.locator(".checked-on")).hasText(Pattern.compile("[٠-٩]{4}"));
        assertThat(page.locator(".checked-on")).not().containsText("Geprüft");
        screenshot("ar-3-offer");
    }

    @Test
    void the_language_choice_survives_a_reload_and_a_shared_link() {
        open("/");
        chooseLanguage("Українська");
        String ukrainianHome = heading().innerText();
        assertThat(page.locator("html")).hasAttribute("lang", "uk");

        page.reload();
        settle();
        assertThat(heading()).hasText(ukrainianHome);
        assertThat(page.locator("html")).hasAttribute("lang", "uk");

        long offerId = jdbc.sql("SELECT MIN(id) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class).single();
        open("/offer/" + offerId);
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator(".offer-section h2").first()).not().hasText("Wo?");
    }

    @Test
    void the_language_can_be_changed_from_every_screen() {
        open("/");
        chooseLanguage("Deutsch");
        page.locator(".block-tile").first().click();
        settle();
        page.locator(".language-switch").click();
        settle();
        chooseLanguage("English");
        assertThat(page).hasURL(Pattern.compile(".*/offers\\?block=welcome.*"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void the_place_is_remembered_on_the_device_and_narrows_the_list() {
        open("/");
        chooseLanguage("Deutsch");
        page.getByLabel("Wo wohnen Sie?").selectOption(new SelectOption().setLabel("Rosenau"));
        // Applied at once: the tiles lead to Rosenau's offers without a reload.
        assertThat(page.locator(".block-tile").first()).hasAttribute("href", Pattern.compile(".*place=\\d+.*"));
        page.navigate(url("/"));
        settle();
        assertThat(page.getByLabel("Wo wohnen Sie?")).hasValue(Pattern.compile("\\d+"));
        assertThat(page.locator("#place option:checked")).hasText("Rosenau");

        page.locator(".block-tile").nth(3).click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*place=\\d+.*"));
        page.locator(".offer-card").first().waitFor();
        for (String meta : page.locator(".offer-card-meta").allInnerTexts()) {
            assertThat(meta).containsAnyOf("Rosenau", "Online");
        }
    }

    @Test
    void an_offer_is_found_by_free_text() {
        open("/");
        chooseLanguage("Deutsch");
        page.getByLabel("Was suchen Sie?").fill("Deutschkurs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen")).click();
        settle();
        assertThat(heading()).hasText("Suchergebnisse");
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("[1-9]\\d* Angebot"));
        assertThat(page.locator(".offer-card").first()).isVisible();
    }

    @Test
    void an_empty_result_says_so_kindly_and_offers_to_widen_the_search() {
        open("/");
        chooseLanguage("Deutsch");
        open("/offers?q=Quastenflosser");
        assertThat(page.locator(".result-count")).hasText("Keine Angebote gefunden");
        assertThat(page.locator(".empty-result")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle Filter entfernen")).click();
        assertThat(page.locator(".offer-card").first()).isVisible();
    }

    @Test
    void an_unpublished_offer_cannot_be_opened_by_guessing_its_url() {
        record Hidden(long id, String title) {
        }
        List<Hidden> hidden = jdbc.sql("""
                        SELECT o.id, t.title FROM offer o JOIN offer_text t ON t.offer_id = o.id AND t.language = 'de'
                        WHERE o.review_state IN ('DRAFT', 'SUBMITTED', 'REJECTED')""")
                .query((rs, n) -> new Hidden(rs.getLong(1), rs.getString(2))).list();
        assertThat(hidden).isNotEmpty();
        open("/");
        chooseLanguage("Deutsch");
        for (Hidden h : hidden) {
            open("/offer/" + h.id());
            assertThat(heading()).hasText("Diese Seite gibt es nicht (mehr).");
            assertThat(page.locator("body")).not().containsText(h.title());
        }
    }
}
