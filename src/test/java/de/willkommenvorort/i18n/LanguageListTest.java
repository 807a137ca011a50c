package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language list is data: what {@code languages.txt} says, and what it refuses. */
class LanguageListTest {

    private static final String HEADER = "# code | cldr | dir | name | reads\nde | de | ltr | Deutsch | -\n";

    @Test
    void a_line_gives_a_language_its_code_locale_direction_name_and_what_its_readers_also_read() {
        List<Language> languages = LanguageList.parse(HEADER
                + "fa | fa | rtl | فارسی | -\nprs | fa-AF | rtl | دری | fa\nde-x-ls | de | ltr | Leichte Sprache | -\n");
        Language dari = languages.get(2);
        assertThat(dari.code()).isEqualTo("prs");
        assertThat(dari.formatting().toLanguageTag()).isEqualTo("fa-AF");
        assertThat(dari.rightToLeft()).isTrue();
        assertThat(dari.ownName()).isEqualTo("دری");
        assertThat(dari.hreflang()).isEqualTo("fa-AF");
        Language easy = languages.get(3);
        assertThat(easy.locale().toLanguageTag()).isEqualTo("de-x-ls");
        assertThat(easy.hreflang()).isEqualTo("de");
        assertThat(easy.rightToLeft()).isFalse();
    }

    @Test
    void mistakes_stop_the_start_with_the_line_that_has_them() {
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "fr | fr | ltr | Français\n"))
                .hasMessageContaining("line 3").hasMessageContaining("five cells");
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "fr | fr | down | Français | -\n"))
                .hasMessageContaining("line 3").hasMessageContaining("ltr or rtl");
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "de | de | ltr | Deutsch | -\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "Fr_FR | fr | ltr | Français | -\n"))
                .hasMessageContaining("not a lower-case language code");
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "ti | ti | ltr | ትግርኛ | am\n"))
                .hasMessageContaining("ti reads \"am\"");
        assertThatThrownBy(() -> LanguageList.parse("en | en | ltr | English | -\n" + HEADER))
                .hasMessageContaining("German (de)");
        assertThatThrownBy(() -> LanguageList.parse(HEADER + "fr | fr_FR | ltr | Français | -\n"))
                .hasMessageContaining("well-formed");
    }

    @Test
    void a_browser_gets_the_language_its_locale_names_by_code_or_by_cldr_locale() {
        assertThat(Language.askedBy(Locale.forLanguageTag("fa-AF"))).extracting(Language::code).containsExactly("prs", "fa");
        assertThat(Language.askedBy(Locale.forLanguageTag("prs"))).extracting(Language::code).containsExactly("prs", "fa");
        assertThat(Language.askedBy(Locale.forLanguageTag("fa-IR"))).extracting(Language::code).containsExactly("fa");
        assertThat(Language.askedBy(Locale.forLanguageTag("ku-TR"))).extracting(Language::code).containsExactly("kmr");
        assertThat(Language.askedBy(Locale.forLanguageTag("de-AT"))).extracting(Language::code).containsExactly("de");
        assertThat(Language.askedBy(Locale.forLanguageTag("xx"))).isEmpty();
    }

    @Test
    void a_ui_locale_names_its_language_exactly() {
        for (Language language : Language.all()) {
            assertThat(Language.of(language.locale())).isSameAs(language);
        }
        assertThat(Language.of(Locale.forLanguageTag("fa-AF"))).isSameAs(Language.get("prs"));
        assertThat(Language.of(null)).isSameAs(Language.SOURCE);
    }
}
