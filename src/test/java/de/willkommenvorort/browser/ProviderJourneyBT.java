package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import de.willkommenvorort.account.AccountUser;
import java.nio.file.Files;
import java.time.LocalDate;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer registers on a phone, verifies the address by the mailed link, signs in and posts
 * an event in German with an Arabic translation; it waits for review and newcomers cannot see it.
 * After approval the newcomer finds it in the events view in Arabic and takes it into the phone's
 * calendar.
 */
@AppTest
class ProviderJourneyBT extends BrowserTest {

    @Autowired
    Inbox inbox;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    PublicOffers offers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts testAccounts;

    @Test
    void a_volunteer_registers_posts_an_event_and_newcomers_find_it_only_after_review() throws Exception {
        String email = TestAccounts.uniqueEmail();
        String word = TestOffers.uniqueWord();

        open("/login");
        page.getByText("Noch kein Konto? Jetzt registrieren").click();
        settle();
        assertThat(heading()).hasText("Registrieren");
        page.getByLabel("Ihr Name (Ansprechperson)").fill("Samira Haddad");
        pickFromList("Ort", "Auenthal");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill("password");
        page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrieren")).click();
        // A common password is refused with a message in German, and the form keeps its input.
        assertThat(page.getByText("Dieses Passwort ist sehr verbreitet")).isVisible();
        assertThat(page.getByLabel("E-Mail-Adresse")).hasValue(email);

        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrieren")).click();
        assertThat(heading()).hasText("Bitte prüfen Sie Ihr Postfach");

        open(Inbox.linkPath(inbox.await(email, 1), "/account/verify/"));
        assertThat(page.getByText("Ihre E-Mail-Adresse ist bestätigt")).isVisible();
        signIn(email, TestAccounts.PASSWORD);
        assertThat(heading()).hasText("Meine Angebote");

        page.getByText("Neues Angebot").first().click();
        settle();
        pick("Bereich und Kategorie", "Sprache und Bildung – Sprachcafé");
        Locator german = page.locator("section.editor-language[lang=de]");
        german.getByLabel("Titel").fill("Sprachcafé " + word);
        german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("Deutsch üben bei Tee und Kuchen.");
        german.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true))
                .fill("Jeden Dienstag im Gemeindehaus.\nMehr: www.example.org");
        pick("Übersetzung hinzufügen", "العربية");
        Locator arabic = page.locator("section.editor-language[lang=ar]");
        arabic.getByLabel("Titel").fill("مقهى اللغة " + word);
        arabic.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("تدرب على الألمانية مع الشاي والكعك.");
        pickFromList("Gemeinde", "Auenthal");
        // An event: every week on today's weekday, from today, 18:00 to 20:00.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        page.getByText("Jede Woche", new Page.GetByTextOptions().setExact(true)).click();
        pick("Tag", today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.GERMAN));
        Locator from = page.getByLabel("Erster Termin ab");
        from.fill(today.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
        from.press("Enter");
        // On a phone the date picker opens full screen; Enter took the date, Escape closes it.
        if (page.locator("vaadin-date-picker[opened]").count() > 0) {
            page.keyboard().press("Escape");
        }
        Locator dates = page.locator("section.editor-section").filter(new Locator.FilterOptions().setHasText("Termine (für Veranstaltungen)"));
        Locator start = dates.getByLabel("Von", new Locator.GetByLabelOptions().setExact(true));
        start.fill("18:00");
        start.press("Enter");
        Locator end = dates.getByLabel("Bis (freiwillig)", new Locator.GetByLabelOptions().setExact(true));
        end.fill("20:00");
        end.press("Enter");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("+49 6621 555");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau")).click();
        settle();
        // The live preview shows the offer as the newcomer's page will, with its first dates.
        assertThat(page.locator(".editor-preview h1")).hasText("Sprachcafé " + word);
        assertThat(page.locator(".editor-preview .event-date").first()).containsText("18:00");
        screenshot("provider-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und zur Prüfung einreichen")).click();
        page.waitForURL(u -> u.endsWith("/my"));
        settle();
        Locator card = page.locator("section.my-offer").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(card.getByText("Zur Prüfung eingereicht")).isVisible();
        screenshot("provider-my-offers");

        long id = jdbc.queryForObject("select offer_id from offer_text where title = ?", Long.class, "Sprachcafé " + word);
        try (BrowserContext newcomer = browserFor(phone("ar", 360, 640))) {
            Page phone = newcomer.newPage();
            phone.navigate(url("/offer/" + id));
            assertThat(phone.locator("main h1").first()).not().containsText(word);
            assertThat(offers.published(id, "ar")).isEmpty();

            phone.navigate(url("/events?when=week"));
            assertThat(phone.locator("main")).not().containsText(word);

            SystemActor.run(() -> review.publish(id));
            phone.navigate(url("/events?when=today"));
            assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
            phone.getByText("مقهى اللغة " + word).first().click();
            phone.waitForURL(u -> u.contains("/offer/" + id));
            assertThat(phone.locator("main h1").first()).hasText("مقهى اللغة " + word);
            Download ics = phone.waitForDownload(() -> phone.locator(".event-dates a.calendar-link").first().click());
            String calendar = Files.readString(ics.path());
            assertThat(calendar).contains("DTSTART;TZID=Europe/Berlin:" + today.format(
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "T180000");
            assertThat(calendar.replace("\r\n ", "")).contains("مقهى اللغة " + word);
        }
    }

    @Test
    void a_provider_downloads_their_data_and_deletes_their_account() throws Exception {
        AccountUser user = testAccounts.provider("uk");
        usePhone("uk-UA");
        open("/login");
        signIn(user.getUsername(), TestAccounts.PASSWORD);
        page.getByText("Мій обліковий запис").first().click();
        settle();
        Download download = page.waitForDownload(() -> page.getByText("Завантажити мої дані", new Page.GetByTextOptions().setExact(false)).click());
        String json = Files.readString(download.path());
        assertThat(json).contains(user.getUsername()).contains("\"pseudonym\"").contains("\"auditTrail\"");

        page.getByLabel("Для підтвердження", new Page.GetByLabelOptions().setExact(false)).fill("не той пароль");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Остаточно видалити")).click();
        assertThat(page.locator("vaadin-password-field[invalid]")).isVisible();
        page.getByLabel("Для підтвердження", new Page.GetByLabelOptions().setExact(false)).fill(TestAccounts.PASSWORD);
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Остаточно видалити")).click();
        page.waitForURL(u -> !u.contains("/my"));
        assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, user.accountId())).isZero();
    }

}
