package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Searching on a phone as newcomers do: half-remembered words, English under the Arabic interface,
 * a word too far from any other; and an administrator rebuilding the index.
 */
@AppTest
class SearchBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void a_misspelt_word_finds_the_courses_with_the_word_marked_as_it_is_written() {
        open("/");
        chooseLanguage("Deutsch");
        page.getByLabel("Was suchen Sie?").fill("Integrazionskurs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen")).click();
        settle();
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("[4-9] Angebote gefunden"));
        Locator first = page.locator(".offer-card").first();
        assertThat(first.locator(".offer-card-title mark")).hasText("Integrationskurs");
        screenshot("search-de-misspelt");
    }

    @Test
    void english_typed_under_the_arabic_interface_finds_the_offer_and_shows_where() {
        open("/");
        chooseLanguage("العربية");
        page.getByLabel("عن ماذا تبحثون؟").fill("swimming");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بحث")).click();
        settle();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Locator first = page.locator(".offer-card").first();
        assertThat(first.locator(".offer-card-title")).containsText("السباحة");
        Locator found = first.locator(".offer-card-found");
        assertThat(found).isVisible();
        assertThat(found.locator("[lang=en]")).hasAttribute("dir", "ltr");
        assertThat(found.locator("mark").first()).hasText("Swimming");
        screenshot("search-ar-english");
    }

    @Test
    void a_near_spelling_is_offered_when_nothing_matched_and_finds_something() {
        open("/offers?q=Kta&lang=de");
        assertThat(page.locator(".result-count")).hasText("Keine Angebote gefunden");
        Locator suggestion = page.locator(".suggestion a");
        assertThat(suggestion).hasText("Kita");
        suggestion.click();
        settle();
        assertThat(page.locator(".result-count")).hasText(Pattern.compile("[1-9]\\d* Angebot"));
        assertThat(page.locator(".offer-card").first().locator("mark").first()).hasText(Pattern.compile("Kita"));
    }

    @Test
    void words_no_offer_has_together_show_what_has_most_of_them_and_say_so() {
        open("/offers?q=Hausaufgabenhilfe+Wiesental&lang=de");
        assertThat(page.locator(".partial-note")).hasText(
                "Kein Angebot passt zu allen Wörtern. Diese passen zu einem Teil davon:");
        assertThat(page.locator(".offer-card", new Page.LocatorOptions().setHasText("Hausaufgabenhilfe und Lesepaten")))
                .isVisible();
        assertThat(page.locator(".empty-result")).hasCount(0);
    }

    @Test
    void an_administrator_rebuilds_the_search_index_and_watches_it_finish() {
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        open("/staff/search");
        assertThat(page.locator(".search-index-count")).hasText(Pattern.compile("Der Suchindex enthält \\d+ Angebote\\."));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchindex neu aufbauen")).click();
        assertThat(page.locator(".search-index-state")).containsText("Zuletzt neu aufgebaut",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        screenshot("search-index-admin");
    }
}
