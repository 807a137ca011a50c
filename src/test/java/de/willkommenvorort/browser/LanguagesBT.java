package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The languages of {@code translations/languages.txt} at 360×640: the demo county serves them all,
 * the picker names each in its own script, Urdu reads right to left and Easy German is a language
 * of its own.
 */
@AppTest
class LanguagesBT extends BrowserTest {

    @Autowired
    TranslationProvider translations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_picker_offers_every_language_and_urdu_reads_right_to_left() {
        usePhone("ur-PK");
        open("/language");
        assertThat(page.locator("a.language-choice")).hasCount(Language.all().size());
        assertThat(page.locator("a.language-choice[lang=ur]")).hasAttribute("dir", "rtl");
        screenshot("language-picker");

        chooseLanguage("اردو");
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "ur");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading()).hasText(translations.translate("home.title", Language.get("ur")));
        screenshot("ur-home");
    }

    @Test
    void easy_german_is_chosen_like_any_language() {
        usePhone("de-DE");
        open("/language");
        chooseLanguage("Leichte Sprache");
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "de-x-ls");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(heading()).hasText(translations.translate("home.title", Language.get("de-x-ls")));
        screenshot("de-x-ls-home");
    }

    @Test
    void a_dari_reader_sees_an_offer_without_dari_in_farsi_and_is_told_so() {
        usePhone("fa-AF");
        open("/language");
        chooseLanguage("دری");
        long bikes = jdbc.sql("""
                        SELECT o.id FROM offer o JOIN offer_text t ON t.offer_id = o.id
                        WHERE o.review_state = 'PUBLISHED' AND t.language = 'de' AND t.title LIKE 'Offene Fahrradwerkstatt%'""")
                .query(Long.class).single();
        open("/offer/" + bikes);
        Language dari = Language.get("prs");
        assertThat(heading()).hasAttribute("lang", "fa");
        assertThat(page.locator(".fallback-notice")).hasText(translations.translate("offer.fallback.in", dari,
                LocalFormats.languageName("fa", dari)));
        screenshot("prs-offer-in-farsi");
    }

    @Test
    void a_provider_writing_easy_german_sees_sentences_and_words_too_long_for_it() {
        usePhone("de-DE");
        open("/login");
        signIn("verein@auenthal.example", "Demo Verein Auenthal 2026");
        page.getByText("Neues Angebot").first().click();
        settle();
        pick("Übersetzung hinzufügen", "Leichte Sprache");
        Locator easy = page.locator("section.editor-language[lang=de-x-ls]");
        Locator note = easy.locator(".easy-check");
        assertThat(note).containsText("Alle Sätze haben höchstens 12 Wörter");

        easy.getByLabel("Titel").fill("Sprach-Café im Bahnhof");
        easy.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)")
                .fill("Im Sprach-Café sprechen wir jeden Mittwoch am Nachmittag zusammen Deutsch mit Nachbarinnen und Nachbarn.");
        easy.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true))
                .fill("Bitte bringen Sie Ihre Aufenthaltserlaubnisbescheinigung mit.");
        easy.getByLabel("Titel").click();
        assertThat(note.locator("li")).hasCount(2);
        assertThat(note.locator("li").first()).containsText("14 Wörter");
        assertThat(note.locator("li").nth(1)).containsText("Aufenthaltserlaubnisbescheinigung");
        // The screen the writer sees: the note under the fields, not the whole long editor.
        note.scrollIntoViewIfNeeded();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("de-x-ls-editor-check.png")));

        easy.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true))
                .fill("Bitte bringen Sie Ihre Aufenthalts-Erlaubnis mit.");
        easy.getByLabel("Titel").click();
        assertThat(note.locator("li")).hasCount(1);
    }
}
