package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.county.LanguageAdmin;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator on a phone adds a category (first without the German name, which is refused
 * with the typed values kept) and stops serving Tigrinya; a newcomer's language picker no longer
 * offers it.
 */
@AppTest
class CatalogueAdminBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    LanguageAdmin languages;

    @AfterEach
    void serve_every_language_again() {
        SystemActor.run(() -> languages.serve(new java.util.TreeSet<>(Language.all())));
    }

    @Test
    void an_administrator_adds_a_category_and_stops_serving_a_language() {
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));

        open("/staff/categories");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Kategorie")).click();
        String word = TestOffers.uniqueWord();
        page.getByLabel("Українська (Ukrainisch)").fill("Велоремонт " + word);
        pick("Bereich", "Arbeit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        settle();
        // The field's own message: Vaadin also announces it for a moment in an aria-live region.
        assertThat(page.locator("[slot=error-message]", new Page.LocatorOptions()
                .setHasText("Der deutsche Name ist nötig."))).isVisible();
        assertThat(page.getByLabel("Українська (Ukrainisch)")).hasValue("Велоремонт " + word);

        page.getByLabel("Deutsch", new Page.GetByLabelOptions().setExact(true)).fill("Fahrradwerkstatt " + word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        settle();
        assertThat(page.locator(".catalogue-row", new Page.LocatorOptions().setHasText("Fahrradwerkstatt " + word)))
                .isVisible();

        open("/staff/municipalities");
        assertThat(page.locator(".catalogue-row").first()).isVisible();

        open("/staff/languages");
        page.getByText("ትግርኛ", new Page.GetByTextOptions().setExact(false)).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        settle();
        assertThat(page.locator(".form-notice")).containsText("Die Sprachauswahl zeigt jetzt genau diese Sprachen.");

        open("/language");
        assertThat(page.locator(".language-choice[lang=uk]")).isVisible();
        assertThat(page.locator(".language-choice[lang=ti]")).hasCount(0);
    }
}
