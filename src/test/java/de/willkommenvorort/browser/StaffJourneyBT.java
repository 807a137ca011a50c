package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's side of a submission, at phone and at desk size: a moderator signs in with password
 * and authenticator code, rejects one submission with a reason and approves another; the provider
 * reads the reason in Ukrainian; a newcomer finds the approved offer and reports it, and the report
 * arrives in the staff's queue.
 */
@AppTest
class StaffJourneyBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOffers offers;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desk"})
    void a_moderator_decides_the_provider_reads_why_and_a_newcomer_finds_and_reports(String size) {
        AccountUser provider = accounts.provider("uk");
        String word = TestOffers.uniqueWord();
        String rejected = "Laufgruppe " + word;
        String approved = "Nähcafé " + word;
        offers.submittedBy(provider, rejected);
        offers.submittedBy(provider, approved);
        AccountUser moderator = accounts.moderator();

        if (size.equals("desk")) {
            context.close();
            context = browserFor(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("de-DE"));
            page = context.newPage();
        }
        signInStaff(moderator.getUsername(), TestAccounts.PASSWORD, accounts.secret(moderator));
        open("/staff/review");
        assertThat(page.locator(".staff-nav a[aria-current=page] .staff-count")).isVisible();
        assertThat(page.getByText(rejected)).isVisible();
        assertThat(page.getByText(approved)).isVisible();
        screenshot("staff-review-queue-" + size);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(rejected)).click();
        settle();
        pick("Grund", "Der Text ist schwer zu verstehen.");
        page.getByLabel("Hinweis an den Anbieter (optional)").fill("Bitte nennen Sie Treffpunkt und Uhrzeit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ablehnen")).click();
        assertThat(page.locator(".form-notice")).containsText("Zurückgewiesen");
        screenshot("staff-review-rejected-" + size);

        open("/staff/review");
        assertThat(page.getByText(rejected)).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(approved)).click();
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Freigeben und veröffentlichen")).click();
        assertThat(page.locator(".form-notice")).containsText("Veröffentlicht");

        // The provider, on a Ukrainian phone, reads why in their language.
        BrowserContext providerPhone = browserFor(phone("uk-UA", 360, 640));
        Page staffPage = page;
        page = providerPhone.newPage();
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        Locator card = page.locator("section.my-offer").filter(new Locator.FilterOptions().setHasText(rejected));
        assertThat(card).containsText("Відхилено");
        assertThat(card.locator(".rejection")).containsText("Текст важко зрозуміти.");
        assertThat(card).containsText("Bitte nennen Sie Treffpunkt und Uhrzeit.");
        screenshot("staff-journey-provider-uk-" + size);
        providerPhone.close();

        // A newcomer finds the approved offer, and tells the county something is wrong with it.
        BrowserContext newcomerPhone = browserFor(phone("de-DE", 360, 640));
        page = newcomerPhone.newPage();
        open("/offers?q=" + word);
        assertThat(page.locator(".offer-card")).hasCount(1);
        assertThat(page.locator(".offer-card")).containsText(approved);
        page.locator(".offer-card").click();
        settle();
        assertThat(heading()).hasText(approved);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stimmt hier etwas nicht? Melden Sie es dem Landkreis"))
                .click();
        settle();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Falsch oder veraltet")).click();
        page.getByLabel("Was sollen wir wissen? (freiwillig)").fill("Das Café ist seit " + word + " umgezogen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")).click();
        assertThat(heading()).hasText("Danke für Ihre Meldung");
        newcomerPhone.close();

        page = staffPage;
        open("/staff/reports");
        Locator report = page.locator("main").getByText("Das Café ist seit " + word + " umgezogen.");
        assertThat(report).isVisible();
        assertThat(page.locator("main")).containsText(approved);
        screenshot("staff-reports-" + size);
    }
}
