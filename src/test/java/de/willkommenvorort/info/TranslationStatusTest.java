package de.willkommenvorort.info;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.i18n.Language;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A translation is current while the German it was made from is unchanged. */
class TranslationStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_translation_of_todays_german_is_current_and_an_absent_one_missing() {
        InfoPage page = page("Titel", "Text", "Title", "Text in English");
        assertThat(page.statuses()).containsEntry(Language.get("en"), TranslationStatus.CURRENT)
                .containsEntry(Language.get("ar"), TranslationStatus.MISSING)
                .doesNotContainKey(Language.get("de"))
                .hasSize(Language.values().length - 1);
    }

    @Test
    void changing_the_german_body_or_title_makes_the_translation_outdated() {
        InfoPage page = page("Titel", "Text", "Title", "Text in English");
        page.edit(form("Titel", "Neuer Text", "Title", "Text in English"), "anna", NOW);
        assertThat(page.statuses()).containsEntry(Language.get("en"), TranslationStatus.OUTDATED);

        InfoPage retitled = page("Titel", "Text", "Title", "Text in English");
        retitled.edit(form("Neuer Titel", "Text", "Title", "Text in English"), "anna", NOW);
        assertThat(retitled.statuses()).containsEntry(Language.get("en"), TranslationStatus.OUTDATED);
    }

    @Test
    void updating_the_translation_after_the_german_changed_makes_it_current_again() {
        InfoPage page = page("Titel", "Text", "Title", "Text in English");
        page.edit(form("Titel", "Neuer Text", "Title", "Text in English"), "anna", NOW);
        page.edit(form("Titel", "Neuer Text", "Title", "New text in English"), "anna", NOW);
        assertThat(page.statuses()).containsEntry(Language.get("en"), TranslationStatus.CURRENT);
    }

    @Test
    void saving_an_outdated_translation_unchanged_keeps_it_outdated() {
        InfoPage page = page("Titel", "Text", "Title", "Text in English");
        page.edit(form("Titel", "Neuer Text", "Title", "Text in English"), "anna", NOW);
        page.edit(form("Titel", "Neuer Text", "Title", "Text in English"), "ben", NOW);
        assertThat(page.statuses()).containsEntry(Language.get("en"), TranslationStatus.OUTDATED);
    }

    @Test
    void title_and_body_are_kept_apart_in_the_fingerprint() {
        assertThat(TranslationStatus.sourceHash("ab", "c")).isNotEqualTo(TranslationStatus.sourceHash("a", "bc"));
        assertThat(TranslationStatus.of("x", "x", true)).isEqualTo(TranslationStatus.CURRENT);
        assertThat(TranslationStatus.of("x", "y", true)).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(TranslationStatus.of("x", null, false)).isEqualTo(TranslationStatus.MISSING);
    }

    private static InfoPage page(String title, String body, String enTitle, String enBody) {
        InfoPage page = new InfoPage("anna", NOW);
        page.edit(form(title, body, enTitle, enBody), "anna", NOW);
        return page;
    }

    private static InfoPageForm form(String title, String body, String enTitle, String enBody) {
        return new InfoPageForm("seite", null, 0, Map.of(Language.get("de"), new InfoTextInput(title, body),
                Language.get("en"), new InfoTextInput(enTitle, enBody)));
    }
}
