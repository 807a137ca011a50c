package de.willkommenvorort.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Dates, times, weekdays and language names as the newcomer's language writes them (CLDR via
 * ICU4J): Arabic-Indic digits in Arabic, Persian digits in Farsi and Dari, 12- or 24-hour clocks
 * as the locale prefers. Everything is formatted in UTC so that a wall-clock time stays the
 * wall-clock time it is in the county.
 */
public final class LocalFormats {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private LocalFormats() {
    }

    /** "Monday", "الاثنين", "Понеділок". */
    public static String weekday(DayOfWeek day, Language language) {
        String[] names = DateFormatSymbols.getInstance(language.formatting())
                .getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        // ICU counts Sunday = 1 … Saturday = 7.
        return names[day.getValue() % 7 + 1];
    }

    /** "09:00–12:00", "٩:٠٠ ص – ١٢:٠٠ م". */
    public static String timeRange(LocalTime start, LocalTime end, Language language) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("jmm", language.formatting());
        format.setTimeZone(UTC);
        return format.format(new DateInterval(epochMillis(start), epochMillis(end)));
    }

    /** A date in the locale's medium style: "11.01.2027", "١١‏/٠١‏/٢٠٢٧". */
    public static String date(LocalDate date, Language language) {
        // Gregorian, as everywhere a date is shown: with Farsi's or Dari's default (Solar Hijri)
        // calendar, 31 December 2027 read "2 Farvardin 2028".
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, gregorian(language));
        format.setTimeZone(UTC);
        return format.format(new java.util.Date(date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()));
    }

    /**
     * The BCP 47 tag a browser's {@code Intl} formats with as this class does, for what only the
     * browser knows (the time a draft was kept on the device): the same locale, Gregorian
     * ("fa-u-ca-gregory", "ar-u-ca-gregory-nu-arab").
     */
    public static String browserTag(Language language) {
        return gregorian(language).toLanguageTag();
    }

    private static ULocale gregorian(Language language) {
        return language.formatting().setKeywordValue("calendar", "gregorian");
    }

    /** The name of a language (by its code in {@link Language} or ISO 639) in the UI language. */
    public static String languageName(String code, Language uiLanguage) {
        Optional<Language> known = Language.ofCode(code);
        if (known.isPresent() && !namedByCldr(known.get())) {
            return known.get().ownName();
        }
        ULocale named = known.map(Language::formatting).orElseGet(() -> new ULocale(code));
        // "WithDialect" gives CLDR's own name for fa-AF: Dari, not "Persian (Afghanistan)".
        String name = named.getCountry().isEmpty() && named.getScript().isEmpty()
                ? named.getDisplayLanguage(uiLanguage.formatting())
                : named.getDisplayNameWithDialect(uiLanguage.formatting());
        return name.isEmpty() ? code : name;
    }

    /**
     * Whether CLDR's name of the language names it: not where an earlier language has the same
     * locale (Easy German is {@code de}, and CLDR would call it German), and not where CLDR has no
     * name for it; then the language's own name serves in every UI language.
     */
    private static boolean namedByCldr(Language language) {
        // Asked for every language name shown (the filter lists 44 of them): decided once per language.
        return NAMED_BY_CLDR.computeIfAbsent(language, LocalFormats::decideNamedByCldr);
    }

    private static final java.util.Map<Language, Boolean> NAMED_BY_CLDR = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean decideNamedByCldr(Language language) {
        ULocale cldr = language.formatting();
        boolean shared = Language.all().stream().takeWhile(l -> l != language)
                .anyMatch(l -> l.formatting().getBaseName().equals(cldr.getBaseName()));
        return !shared && !cldr.getDisplayLanguage(ULocale.ENGLISH).equals(cldr.getLanguage());
    }

    /** A list as the language writes one: "Arabisch, Farsi und Deutsch", "العربية والفارسية والألمانية". */
    public static String list(java.util.Collection<String> items, Language language) {
        return com.ibm.icu.text.ListFormatter.getInstance(language.formatting()).format(items);
    }

    private static long epochMillis(LocalTime time) {
        return time.atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** A time of day: "18:00", "٦:٠٠ م". */
    public static String time(LocalTime time, Language language) {
        return skeleton("jmm", LocalDate.EPOCH.atTime(time).toInstant(ZoneOffset.UTC).toEpochMilli(), language);
    }

    /** A day as a heading of a list: "Mittwoch, 9. Dezember", "الأربعاء، ٩ ديسمبر". */
    public static String day(LocalDate date, Language language) {
        return skeleton("EEEEdMMMM", date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), language);
    }

    /** A month: "Dezember 2026", "грудень 2026 р.". */
    public static String month(YearMonth month, Language language) {
        return skeleton("yMMMM", month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), language);
    }

    private static String skeleton(String skeleton, long epochMillis, Language language) {
        // Gregorian always: these are dates in Germany that newcomers match with letters, posters and
        // "month=2026-12" links; CLDR's default for Farsi and Dari would be the Solar Hijri calendar.
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, gregorian(language));
        format.setTimeZone(UTC);
        return format.format(new java.util.Date(epochMillis));
    }
}
