package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {

    @Test
    void weekdays_are_named_in_the_newcomers_language() {
        assertThat(LocalFormats.weekday(DayOfWeek.MONDAY, Language.get("de"))).isEqualTo("Montag");
        assertThat(LocalFormats.weekday(DayOfWeek.SUNDAY, Language.get("de"))).isEqualTo("Sonntag");
        assertThat(LocalFormats.weekday(DayOfWeek.MONDAY, Language.get("ar"))).isEqualTo("الاثنين");
        assertThat(LocalFormats.weekday(DayOfWeek.FRIDAY, Language.get("uk"))).isEqualToIgnoringCase("пʼятниця");
    }

    @Test
    void opening_hours_use_the_locales_clock_and_digits() {
        assertThat(LocalFormats.timeRange(LocalTime.of(9, 0), LocalTime.of(12, 30), Language.get("de")))
                .isEqualTo("09:00–12:30 Uhr");
        String arabic = LocalFormats.timeRange(LocalTime.of(9, 0), LocalTime.of(12, 30), Language.get("ar"));
        assertThat(arabic).contains("٩").contains("٣٠").doesNotContain("9");
        assertThat(LocalFormats.timeRange(LocalTime.of(14, 0), LocalTime.of(16, 0), Language.get("fa"))).contains("۱۴");
    }

    @Test
    void dates_are_written_as_the_language_writes_them() {
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 11), Language.get("de"))).isEqualTo("11. Januar 2027");
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 11), Language.get("en"))).isEqualTo("January 11, 2027");
    }

    @Test
    void dates_in_farsi_dari_and_pashto_are_gregorian_with_their_own_digits() {
        for (Language language : java.util.List.of(Language.get("fa"), Language.get("prs"), Language.get("ps"))) {
            String date = LocalFormats.date(LocalDate.of(2027, 12, 31), language);
            assertThat(date).as(language.code()).contains("۳۱").contains("۲۰۲۷").doesNotContain("۲۰۲۸")
                    .doesNotContainPattern("[0-9]");
        }
        assertThat(LocalFormats.date(LocalDate.of(2027, 12, 31), Language.get("fa"))).contains("دسامبر")
                .doesNotContain("فروردین");
    }

    @Test
    void spoken_languages_are_named_in_the_ui_language() {
        assertThat(LocalFormats.languageName("ar", Language.get("de"))).isEqualTo("Arabisch");
        assertThat(LocalFormats.languageName("uk", Language.get("en"))).isEqualTo("Ukrainian");
        assertThat(LocalFormats.languageName("prs", Language.get("en"))).isEqualTo("Dari");
        assertThat(LocalFormats.languageName("ti", Language.get("de"))).isEqualTo("Tigrinya");
    }

    @Test
    void cldr_names_are_used_for_dari_and_kurmanji() {
        assertThat(Language.get("prs").formatting().toLanguageTag()).isEqualTo("fa-AF");
        assertThat(Language.get("kmr").formatting().toLanguageTag()).isEqualTo("ku");
        assertThat(Language.of(java.util.Locale.forLanguageTag("fa-AF"))).isEqualTo(Language.get("prs"));
        assertThat(Language.ofCode("ckb")).contains(Language.get("ckb"));
        assertThat(Language.get("ckb").rightToLeft()).isTrue();
        assertThat(Language.get("kmr").rightToLeft()).isFalse();
    }

    @Test
    void day_headings_and_months_of_events_use_native_digits_and_the_gregorian_calendar() {
        assertThat(LocalFormats.day(LocalDate.of(2026, 12, 9), Language.get("de"))).isEqualTo("Mittwoch, 9. Dezember");
        assertThat(LocalFormats.month(java.time.YearMonth.of(2026, 12), Language.get("de"))).isEqualTo("Dezember 2026");
        assertThat(LocalFormats.day(LocalDate.of(2026, 12, 9), Language.get("ar"))).contains("٩").contains("الأربعاء")
                .doesNotContain("9");
        // Farsi: Persian digits, but December stays December (not Azar of the Solar Hijri calendar).
        assertThat(LocalFormats.month(java.time.YearMonth.of(2026, 12), Language.get("fa"))).contains("۲۰۲۶")
                .doesNotContain("۱۴۰۵");
        assertThat(LocalFormats.time(LocalTime.of(18, 0), Language.get("de"))).isEqualTo("18:00");
        assertThat(LocalFormats.time(LocalTime.of(18, 0), Language.get("ar"))).contains("٦");
    }
}
