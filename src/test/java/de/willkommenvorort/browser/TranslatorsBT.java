package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import de.willkommenvorort.translation.TextRef;
import de.willkommenvorort.translation.TranslationQueue;
import de.willkommenvorort.translation.Translators;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Volunteer translators at 360×640: one registers in German, finds what the county asked for on
 * top of the Oromo queue, translates it beside the German (a missing phone number is named and
 * nothing typed is lost) and sends it; a translator trusted with Arabic, on an Arabic phone,
 * writes right to left and approves someone else's translation, which newcomers then read.
 */
@AppTest
class TranslatorsBT extends BrowserTest {

    private static final Language ARABIC = Language.get("ar");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    TranslationQueue queue;
    @Autowired
    Translators translators;
    @Autowired
    TranslationProvider translations;
    @Autowired
    Inbox inbox;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_volunteer_registers_finds_the_asked_for_text_on_top_and_sends_a_translation() {
        String word = TestOffers.uniqueWord();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + word));
        TestAccounts.signIn(accounts.moderator());
        queue.request(Language.get("om"), List.of(TextRef.offer(offer)), "Bitte zuerst");
        TestAccounts.signOut();

        open("/account/register");
        page.getByText("Als Übersetzer*in registrieren").click();
        page.waitForURL(u -> u.endsWith("/translate/register"));
        settle();
        String email = TestAccounts.uniqueEmail();
        page.getByLabel("Ihr Name").fill("Faadumo Test");
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Afaan Oromoo")).first().click();
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        screenshot("translator-register-phone");
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("einverstanden")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrieren")).click();
        assertThat(heading()).containsText("Postfach");
        open(Inbox.linkPath(inbox.await(email, 1), "/account/verify/"));

        open("/login");
        submitPassword(email, TestAccounts.PASSWORD);
        page.waitForURL(u -> u.contains("/translate"));
        settle();
        assertThat(heading()).hasText("Übersetzen");
        Locator asked = page.locator(".translation-queue-list li").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(asked).containsText("vom Landkreis angefragt");
        assertThat(asked).containsText("Hinweis des Landkreises: Bitte zuerst");
        List<String> items = page.locator(".translation-queue-list li").allTextContents();
        int position = items.indexOf(items.stream().filter(i -> i.contains(word)).findFirst().orElseThrow());
        assertThat(items.subList(0, position + 1)).as("what the county asked for stands on top")
                .allMatch(i -> i.contains("vom Landkreis angefragt"));
        assertThat(items.getLast()).contains("fehlt");
        screenshot("translator-queue-de");
        asked.locator("a").click();
        page.waitForURL(u -> u.contains("/translate/offer-" + offer + "/om"));
        settle();
        assertThat(heading()).hasText("Übersetzen: Deutsch → Oromo");
        assertThat(page.locator(".translation-german").first()).containsText("Sprachcafé 36251");
        assertThat(page.locator(".translation-keep")).containsText("36251");

        field("Titel auf Oromo").fill("Kaaffee Afaanii " + word);
        field("Kurzbeschreibung auf Oromo").fill("Kaaffee Afaan Jarmanii barachuuf.");
        field("Beschreibung auf Oromo").fill("Ibsa: kaaffee afaanii.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Prüfung senden")).click();
        assertThat(page.locator(".form-notice")).containsText("Diese Angaben aus dem deutschen Text fehlen: 36251");
        assertThat(field("Titel auf Oromo")).hasValue("Kaaffee Afaanii " + word);
        screenshot("translator-task-error-de");

        field("Titel auf Oromo").fill("Kaaffee Afaanii 36251 " + word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Prüfung senden")).click();
        assertThat(heading()).hasText("Danke!");
        assertThat(publicOffers.published(offer, "om").orElseThrow().textLanguage()).as("not public before review")
                .isEqualTo("de");
        page.getByText("Zurück zur Liste").click();
        settle();
        assertThat(page.locator(".translation-sent")).containsText("Sprachcafé 36251 " + word);
    }

    @Test
    void a_translator_trusted_with_arabic_writes_right_to_left_and_approves_someone_elses_translation() {
        String word = TestOffers.uniqueWord();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + word));
        AccountUser writer = accounts.translator("ar");
        TestAccounts.signIn(writer);
        TranslationQueue.Task task = queue.task(TextRef.offer(offer), ARABIC).orElseThrow();
        queue.submit(TextRef.offer(offer), ARABIC, task.source().hash(), Map.of("title", "مقهى اللغة 36251 " + word,
                "summary", "مقهى لتعلّم الألمانية.", "description", "وصف: مقهى اللغة."));
        AccountUser reviewer = accounts.translator("ar");
        TestAccounts.signIn(accounts.moderator());
        translators.trust(reviewer.accountId(), "ar", true);
        TestAccounts.signOut();

        usePhone("ar");
        open("/login");
        submitPassword(reviewer.getUsername(), TestAccounts.PASSWORD);
        page.waitForURL(u -> u.contains("/translate"));
        settle();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading()).hasText(t("translation.queue.title"));
        screenshot("translator-queue-ar");

        Locator proposal = page.locator(".translation-proposal").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(proposal.locator(".translation-column").nth(1)).containsText("مقهى اللغة 36251");
        proposal.scrollIntoViewIfNeeded();
        screenshot("translator-review-ar");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t("translation.proposals.approve"))).click();
        assertThat(page.locator(".form-notice")).containsText(t("translation.proposals.approved"));
        assertThat(publicOffers.published(offer, "ar").orElseThrow().title()).isEqualTo("مقهى اللغة 36251 " + word);

        long other = offers.published("language-cafe", Map.of("de", "Lesecafé 36251 " + TestOffers.uniqueWord()));
        open("/translate/offer-" + other + "/ar");
        Locator title = page.locator("vaadin-text-field[data-field=title]");
        assertThat(title).hasAttribute("dir", "rtl");
        assertThat(title).hasAttribute("lang", "ar");
        assertThat(page.locator(".translation-german").first()).hasAttribute("lang", "de");
        screenshot("translator-task-ar");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private String t(String key, Object... arguments) {
        return translations.translate(key, ARABIC, arguments);
    }
}
