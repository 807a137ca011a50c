package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider's half-written offer outlives a lost session (a rolling deploy stopped the instance
 * that held it): what was typed is kept on the phone, offered back after signing in again, restored
 * into the form and submitted, and then gone from the phone. Another account on the same browser is
 * never offered it, and signing out takes the account's drafts off the device (decision 034).
 */
@AppTest
class OfferDraftBT extends BrowserTest {

    private static final String SUBMIT = "Speichern und zur Prüfung einreichen";
    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void typed_text_is_offered_back_after_a_lost_session_and_is_gone_once_submitted() {
        AccountUser provider = testAccounts.provider("de");
        String word = TestOffers.uniqueWord();
        String title = "Sprachcafé " + word;
        String arabicTitle = "مقهى اللغة " + word;
        String description = "Jeden Dienstag im Gemeindehaus.\nAlle sind willkommen.";
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        open("/my/offers/new");
        Locator german = page.locator("section.editor-language[lang=de]");
        german.getByLabel("Titel").fill(title);
        german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("Deutsch üben bei Tee.");
        german.getByLabel("Beschreibung", EXACT).fill(description);
        german.getByLabel("Was mitbringen?", EXACT).fill("Pass und Brief vom Jobcenter");
        pick("Übersetzung hinzufügen", "العربية");
        Locator arabic = page.locator("section.editor-language[lang=ar]");
        arabic.getByLabel("Titel").fill(arabicTitle);
        arabic.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)").fill("تدرب على الألمانية مع الشاي.");
        // Half a second after the last key the phone holds what was typed; the server holds nothing.
        awaitDraft(draftKey(provider), "تدرب على الألمانية مع الشاي.");
        assertThat(titles(title)).isZero();

        loseSession(provider);
        open("/my/offers/new");
        Locator notice = page.locator(".draft-notice[role=status]");
        assertThat(notice).containsText("Auf diesem Gerät gibt es noch ungespeicherte Eingaben vom");
        assertThat(notice.locator("time")).hasText(Pattern.compile("\\d{1,2}:\\d{2}"));
        assertThat(german.getByLabel("Titel")).hasValue("");
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wiederherstellen")).click();
        assertThat(german.getByLabel("Titel")).hasValue(title);
        assertThat(german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)")).hasValue("Deutsch üben bei Tee.");
        assertThat(german.getByLabel("Beschreibung", EXACT)).hasValue(description);
        assertThat(german.getByLabel("Was mitbringen?", EXACT)).hasValue("Pass und Brief vom Jobcenter");
        // The translation added in the lost session comes back with its fields.
        assertThat(arabic.getByLabel("Titel")).hasValue(arabicTitle);
        assertThat(arabic.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)")).hasValue("تدرب على الألمانية مع الشاي.");
        assertThat(notice).isEmpty();

        pick("Bereich und Kategorie", "Sprache und Bildung – Sprachcafé");
        pickFromList("Gemeinde", "Auenthal");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("+49 6621 555");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
        page.waitForURL(u -> u.endsWith("/my"));
        settle();
        Locator card = page.locator("section.my-offer").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(card.getByText("Zur Prüfung eingereicht")).isVisible();
        // The server got the restored text as if typed, and the phone keeps nothing of it any more.
        assertThat(jdbc.queryForObject("select description from offer_text where title = ?", String.class, title))
                .contains("Jeden Dienstag im Gemeindehaus.").contains("Alle sind willkommen.");
        assertThat(jdbc.queryForObject("select what_to_bring from offer_text where title = ?", String.class, title))
                .isEqualTo("Pass und Brief vom Jobcenter");
        assertThat(titles(arabicTitle)).isEqualTo(1);
        assertThat(storedDraft(draftKey(provider))).isNull();
    }

    @Test
    void another_account_on_the_same_browser_is_never_offered_the_draft_and_signing_out_clears_it() {
        AccountUser first = testAccounts.provider("de");
        AccountUser second = testAccounts.provider("de");
        String word = TestOffers.uniqueWord();
        open("/login");
        signIn(first.getUsername(), TestAccounts.PASSWORD);
        open("/my/offers/new");
        Locator germanTitle = page.locator("section.editor-language[lang=de]").getByLabel("Titel");
        germanTitle.fill("Erstes Konto " + word);
        awaitDraft(draftKey(first), "Erstes Konto " + word);

        // The office computer: the session ends without signing out, and a colleague signs in.
        loseSession(second);
        open("/my/offers/new");
        germanTitle.fill("Zweites Konto " + word);
        // The drafts run on this form (the colleague's own is kept) ...
        awaitDraft(draftKey(second), "Zweites Konto " + word);
        // ... but the first account's draft, still on the device, is not offered to the colleague.
        assertThat(page.locator(".draft-notice")).isEmpty();
        assertThat(germanTitle).hasValue("Zweites Konto " + word);
        assertThat(storedDraft(draftKey(first))).contains("Erstes Konto " + word);

        signOut();
        assertThat(storedDraft(draftKey(second))).isNull();
        assertThat(storedDraft(draftKey(first))).contains("Erstes Konto " + word);

        // The first account gets its draft back; signing out, from a page without the form, clears it.
        open("/login");
        signIn(first.getUsername(), TestAccounts.PASSWORD);
        open("/my/offers/new");
        assertThat(page.locator(".draft-notice")).containsText("ungespeicherte Eingaben");
        open("/my");
        signOut();
        assertThat(storedDraft(draftKey(first))).isNull();
    }

    @Test
    void the_notice_speaks_arabic_with_its_digits() throws Exception {
        AccountUser provider = testAccounts.provider("ar");
        usePhone("ar");
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        open("/my/offers/new");
        page.locator("[data-draft=title-ar] input").fill("مقهى اللغة");
        page.locator("[data-draft=summary-ar] textarea").fill("تدرب على الألمانية مع الشاي والكعك.");
        awaitDraft(draftKey(provider), "مقهى اللغة");

        loseSession(provider);
        open("/my/offers/new");
        Locator notice = page.locator(".draft-notice[role=status]");
        assertThat(notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("استعادة"))).isVisible();
        assertThat(notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("حذف"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        // The time as Arabic writes it (Arabic-Indic digits, as LocalFormats does on the server).
        assertThat(notice.locator("time")).hasText(Pattern.compile("[٠-٩]{1,2}:[٠-٩]{2}"));
        notice.scrollIntoViewIfNeeded();
        java.nio.file.Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ar-offer-draft-notice.png")));

        // Discard: the draft is gone and the form stays as it is.
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("حذف")).click();
        assertThat(notice).isEmpty();
        assertThat(page.locator("[data-draft=title-ar] input")).hasValue("");
        assertThat(storedDraft(draftKey(provider))).isNull();
    }

    private static String draftKey(AccountUser account) {
        return "wvo-draft:" + account.accountId() + ":new";
    }

    /** The instance that held the session is gone: the page reloads without it, and the person signs in again. */
    private void loseSession(AccountUser who) {
        context.clearCookies();
        page.reload();
        open("/login");
        submitPassword(who.getUsername(), TestAccounts.PASSWORD);
        // Signed in, the app leads back to the page the reload asked for (or to the offers).
        page.waitForURL(u -> u.contains("/my"));
        settle();
    }

    private void signOut() {
        page.locator(".provider-nav button.nav-button").click();
        page.waitForURL(u -> !u.contains("/my"));
    }

    private void awaitDraft(String key, String text) {
        page.waitForFunction("([key, text]) => (localStorage.getItem(key) || '').includes(text)", List.of(key, text));
    }

    private String storedDraft(String key) {
        return (String) page.evaluate("key => localStorage.getItem(key)", key);
    }

    private int titles(String title) {
        return jdbc.queryForObject("select count(*) from offer_text where title = ?", Integer.class, title);
    }
}
