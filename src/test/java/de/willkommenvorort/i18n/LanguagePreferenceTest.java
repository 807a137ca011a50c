package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language a browser's own languages choose, among those the county serves. */
class LanguagePreferenceTest {

    @AfterEach
    void everyLanguageServedAgain() {
        LanguagePreference.servedBy(language -> true);
    }

    @Test
    void a_browser_asking_for_kurdish_gets_kurmanji() {
        assertThat(LanguagePreference.effective(null, locales("ku", "de"))).isEqualTo(Language.get("kmr"));
        assertThat(LanguagePreference.effective(null, locales("ku-TR"))).isEqualTo(Language.get("kmr"));
        assertThat(LanguagePreference.effective(null, locales("kmr"))).isEqualTo(Language.get("kmr"));
    }

    @Test
    void a_dari_reader_gets_dari_and_farsi_where_the_county_serves_no_dari() {
        assertThat(LanguagePreference.effective(null, locales("fa-AF", "en"))).isEqualTo(Language.get("prs"));
        serve(Set.of(Language.get("de"), Language.get("fa"), Language.get("en")));
        assertThat(LanguagePreference.effective(null, locales("fa-AF", "en"))).isEqualTo(Language.get("fa"));
        assertThat(LanguagePreference.effective(null, locales("prs", "en"))).isEqualTo(Language.get("fa"));
        serve(Set.of(Language.get("de"), Language.get("en")));
        assertThat(LanguagePreference.effective(null, locales("fa-AF", "en"))).isEqualTo(Language.get("en"));
    }

    @Test
    void a_language_not_served_is_passed_over_for_the_browser_s_next_one() {
        serve(Set.of(Language.get("de"), Language.get("en")));
        assertThat(LanguagePreference.effective(null, locales("ku", "en"))).isEqualTo(Language.get("en"));
        assertThat(LanguagePreference.effective(null, locales("xx", "ti"))).isEqualTo(Language.get("de"));
    }

    private static void serve(Set<Language> languages) {
        LanguagePreference.servedBy(languages::contains);
    }

    private static Enumeration<Locale> locales(String... tags) {
        return Collections.enumeration(Stream.of(tags).map(Locale::forLanguageTag).toList());
    }
}
