package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A moderator on a phone writes an info page and its English translation, sees the translation
 * turn outdated when the German changes, and cannot approve their own edit.
 */
@AppTest
class InfoEditorBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void moderator_writes_a_page_sees_the_translation_turn_outdated_and_needs_a_second_person() {
        AccountUser moderator = accounts.moderator();
        signInStaff(moderator.getUsername(), TestAccounts.PASSWORD, accounts.secret(moderator));

        open("/staff/info");
        assertThat(heading()).hasText("Infoseiten");
        assertThat(page.locator(".info-matrix")).containsText("veraltet");
        page.getByText("Neue Infoseite").click();
        settle();

        // Bad input: nothing saved, a message at the field, what was typed stays.
        page.getByLabel("Adresse der Seite").fill("Keine Adresse");
        page.locator("vaadin-text-area[lang=de] textarea").fill("Jeden Montag im Rathaus.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entwurf speichern")).click();
        assertThat(page.getByText("Bitte geben Sie einen deutschen Titel ein.")).isVisible();
        assertThat(page.locator("vaadin-text-area[lang=de] textarea")).hasValue("Jeden Montag im Rathaus.");

        String slug = "sprechstunde-" + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Adresse der Seite").fill(slug);
        page.locator("vaadin-text-field[lang=de] input").fill("Sprechstunde im Rathaus");
        Locator english = page.locator("details.info-language-en");
        english.locator("summary").click();
        assertThat(english.locator("summary")).containsText("fehlt");
        english.locator("vaadin-text-field[lang=en] input").fill("Office hours at the town hall");
        english.locator("vaadin-text-area[lang=en] textarea").fill("Every Monday at the town hall.");
        save();
        assertThat(page.locator(".form-notice")).hasText("Gespeichert.");
        assertThat(english.locator("summary")).containsText("aktuell");
        assertThat(english.locator(".info-source")).containsText("Jeden Montag im Rathaus.");

        page.locator("vaadin-text-area[lang=de] textarea").fill("Jeden Montag und Donnerstag im Rathaus.");
        save();
        assertThat(english.locator("summary")).containsText("veraltet");
        assertThat(english.locator(".info-source")).containsText("Donnerstag");
        screenshot("de-info-editor");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Prüfung einreichen")).click();
        assertThat(page.locator(".form-notice")).hasText("Zur Prüfung eingereicht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Freigeben und veröffentlichen")).click();
        assertThat(page.locator(".form-notice[role=alert]")).containsText("Vier-Augen-Prinzip");

        page.navigate(url("/info/" + slug));
        page.waitForFunction("() => document.querySelector('main h1') !== null");
        assertThat(page.locator(".not-found")).isVisible();
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entwurf speichern")).click();
        settle();
    }
}
