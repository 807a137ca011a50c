package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {

    @Test
    void weekdays_are_named_in_the_newcomers_language() {
        assertThat(LocalFormats.weekday(DayOfWeek.MONDAY, Language.DE)).isEqualTo("Montag");
        assertThat(LocalFormats.weekday(DayOfWeek.SUNDAY, Language.DE)).isEqualTo("Sonntag");
        assertThat(LocalFormats.weekday(DayOfWeek.MONDAY, Language.AR)).isEqualTo("الاثنين");
        assertThat(LocalFormats.weekday(DayOfWeek.FRIDAY, Language.UK)).isEqualToIgnoringCase("пʼятниця");
    }

    @Test
    void opening_hours_use_the_locales_clock_and_digits() {
        assertThat(LocalFormats.timeRange(LocalTime.of(9, 0), LocalTime.of(12, 30), Language.DE))
                .isEqualTo("09:00–12:30 Uhr");
        String arabic = LocalFormats.timeRange(LocalTime.of(9, 0), LocalTime.of(12, 30), Language.AR);
        assertThat(arabic).contains("٩").contains("٣٠").doesNotContain("9");
        assertThat(LocalFormats.timeRange(LocalTime.of(14, 0), LocalTime.of(16, 0), Language.FA)).contains("۱۴");
    }

    @Test
    void dates_are_written_as_the_language_writes_them() {
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 11), Language.DE)).isEqualTo("11. Januar 2027");
        assertThat(LocalFormats.date(LocalDate.of(2027, 1, 11), Language.EN)).isEqualTo("January 11, 2027");
    }

    @Test
    void dates_in_farsi_dari_and_pashto_are_gregorian_with_their_own_digits() {
        for (Language language : java.util.List.of(Language.FA, Language.PRS, Language.PS)) {
            String date = LocalFormats.date(LocalDate.of(2027, 12, 31), language);
            assertThat(date).as(language.code()).contains("۳۱").contains("۲۰۲۷").doesNotContain("۲۰۲۸")
                    .doesNotContainPattern("[0-9]");
        }
        assertThat(LocalFormats.date(LocalDate.of(2027, 12, 31), Language.FA)).contains("دسامبر")
                .doesNotContain("فروردین");
    }

    @Test
    void spoken_languages_are_named_in_the_ui_language() {
        assertThat(LocalFormats.languageName("ar", Language.DE)).isEqualTo("Arabisch");
        assertThat(LocalFormats.languageName("uk", Language.EN)).isEqualTo("Ukrainian");
        assertThat(LocalFormats.languageName("prs", Language.EN)).isEqualTo("Dari");
        assertThat(LocalFormats.languageName("ti", Language.DE)).isEqualTo("Tigrinya");
    }

    @Test
    void cldr_names_are_used_for_dari_and_kurmanji() {
        assertThat(Language.PRS.formatting().toLanguageTag()).isEqualTo("fa-AF");
        assertThat(Language.KMR.formatting().toLanguageTag()).isEqualTo("ku");
        assertThat(Language.of(java.util.Locale.forLanguageTag("fa-AF"))).isEqualTo(Language.PRS);
        assertThat(Language.ofCode("ckb")).contains(Language.CKB);
        assertThat(Language.CKB.rightToLeft()).isTrue();
        assertThat(Language.KMR.rightToLeft()).isFalse();
    }

    @Test
    void day_headings_and_months_of_events_use_native_digits_and_the_gregorian_calendar() {
        assertThat(LocalFormats.day(LocalDate.of(2026, 12, 9), Language.DE)).isEqualTo("Mittwoch, 9. Dezember");
        assertThat(LocalFormats.month(java.time.YearMonth.of(2026, 12), Language.DE)).isEqualTo("Dezember 2026");
        assertThat(LocalFormats.day(LocalDate.of(2026, 12, 9), Language.AR)).contains("٩").contains("الأربعاء")
                .doesNotContain("9");
        // Farsi: Persian digits, but December stays December (not Azar of the Solar Hijri calendar).
        assertThat(LocalFormats.month(java.time.YearMonth.of(2026, 12), Language.FA)).contains("۲۰۲۶")
                .doesNotContain("۱۴۰۵");
        assertThat(LocalFormats.time(LocalTime.of(18, 0), Language.DE)).isEqualTo("18:00");
        assertThat(LocalFormats.time(LocalTime.of(18, 0), Language.AR)).contains("٦");
    }
}
