package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone: an administrator trusts an adult-education centre; its new offer is public at once
 * and staff check it afterwards in their second queue; the centre, reading Arabic, is told what
 * the trust means and finds where to import its own calendar.
 */
@AppTest
class TrustedProvidersBT extends BrowserTest {

    private static final Language ARABIC = Language.get("ar");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;
    @Autowired
    ProviderService providers;
    @Autowired
    TranslationProvider translations;

    @Test
    void a_trusted_organisations_offer_is_public_at_once_and_staff_check_it_afterwards() {
        AccountUser centre = accounts.provider("ar");
        String name = "Volkshochschule " + TestOffers.uniqueWord();
        providers.update(centre.providerId(), name, ProviderKind.ADULT_EDUCATION_CENTRE, null, null);

        usePhone("de");
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        open("/staff/providers");
        assertThat(heading()).hasText("Anbieter und Vertrauen");
        page.getByLabel("Anbieter suchen").fill(name);
        // The list narrows to the one provider (the search waits for a pause in typing).
        assertThat(page.locator(".provider-row")).hasCount(1);
        Locator row = page.locator(".provider-row").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("Geht durch die Prüfung");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als vertrauenswürdig markieren")).click();
        assertThat(page.locator(".form-notice")).containsText("„" + name + "“ ist jetzt vertrauenswürdig.");
        assertThat(row).containsText("Vertrauenswürdig seit");
        screenshot("staff-providers-de");

        String title = "Deutschkurs am Abend " + TestOffers.uniqueWord();
        long id = offers.submittedBy(centre, title);
        // Public at once, for a newcomer.
        open("/offer/" + id);
        assertThat(heading()).hasText(title);

        open("/staff/unchecked");
        assertThat(heading()).hasText("Ohne Prüfung veröffentlicht");
        Locator item = page.locator(".review-item").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(item).containsText("heute veröffentlicht");
        item.getByRole(AriaRole.LINK).first().click();
        settle();
        assertThat(page.locator(".review-unchecked")).containsText("Öffentlich ohne vorherige Prüfung seit");
        screenshot("staff-unchecked-de");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Geprüft, bleibt öffentlich")).click();
        assertThat(page.locator(".review-check")).hasCount(0);
        open("/staff/unchecked");
        assertThat(page.locator(".review-item").filter(new Locator.FilterOptions().setHasText(title))).hasCount(0);

        usePhone("ar");
        open("/login");
        signIn(centre.getUsername(), TestAccounts.PASSWORD);
        assertThat(page.locator(".my-trusted")).hasText(translations.translate("my.trusted", ARABIC));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(translations.translate("my.calendars", ARABIC))).click();
        page.waitForURL(u -> u.endsWith("/my/calendars"));
        settle();
        assertThat(heading()).hasText(translations.translate("calendar.mine.title", ARABIC));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(translations.translate("calendar.source.add", ARABIC)))).isVisible();
        screenshot("provider-calendars-ar");
    }
}
