package de.willkommenvorort.i18n;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language the app can speak, as {@code translations/languages.txt} lists it: adding a language
 * is a line there plus its {@code messages_<code>.properties}, no Java change. {@code code} names
 * the translation file, the cookie and link value and the HTML {@code lang}; {@code formatting} is
 * what CLDR knows the language as (Dari is {@code fa-AF}, Kurmanji {@code ku}); Arabic asks for
 * Arabic-Indic digits explicitly (see docs/decisions). One instance per language, so {@code ==}
 * compares; the order is the file's.
 */
public final class Language implements Comparable<Language> {

    private static final Registry REGISTRY = Registry.read();

    /** German, the language every text is written in first and every chain ends with. */
    public static final Language SOURCE = REGISTRY.all.getFirst();

    private final int position;
    private final String code;
    private final ULocale formatting;
    private final boolean rightToLeft;
    private final String ownName;
    private final List<String> alsoReads;
    private final Locale locale;

    Language(int position, String code, String formattingTag, boolean rightToLeft, String ownName,
            List<String> alsoReads) {
        this.position = position;
        this.code = code;
        this.formatting = ULocale.forLanguageTag(formattingTag);
        this.rightToLeft = rightToLeft;
        this.ownName = ownName;
        this.alsoReads = List.copyOf(alsoReads);
        this.locale = Locale.forLanguageTag(code);
    }

    /** Every language the app can speak, in the file's order, German first. */
    public static Language[] values() {
        return REGISTRY.all.toArray(Language[]::new);
    }

    /** Every language the app can speak, in the file's order, German first. */
    public static List<Language> all() {
        return REGISTRY.all;
    }

    /** The language of this code, which must be one the app speaks (for code that names one). */
    public static Language get(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalArgumentException("No language " + code
                + " in translations/languages.txt"));
    }

    public String code() {
        return code;
    }

    /** The locale Vaadin carries in the UI; its language tag is {@link #code()}. */
    public Locale locale() {
        return locale;
    }

    /** The locale ICU formats numbers, dates, plurals and names with. */
    public ULocale formatting() {
        return formatting;
    }

    /** The language's name in its own script, as the language picker shows it: "دری", "Türkçe". */
    public String ownName() {
        return ownName;
    }

    /**
     * The tag search engines expect in {@code hreflang} (ISO 639-1 where there is one): Dari is
     * {@code fa-AF}, Kurmanji {@code ku}; Sorani has no two-letter code and stays {@code ckb}. Two
     * languages may share one (Easy German is {@code de}); pages name only the first.
     */
    public String hreflang() {
        String country = formatting.getCountry();
        String script = formatting.getScript();
        return formatting.getLanguage() + (script.isEmpty() ? "" : "-" + script)
                + (country.isEmpty() ? "" : "-" + country);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * Whether this is an easy-to-read variant (the private-use subtag {@code x-ls}, Leichte
     * Sprache): editors check its texts against the rules a machine can check ({@link EasyReading}).
     */
    public boolean easyToRead() {
        return code.endsWith("-x-ls");
    }

    /**
     * The languages a reader of this one also reads, best first, to be shown before German where a
     * text is missing in it: Dari readers read Farsi.
     */
    public List<Language> alsoReads() {
        return alsoReads.stream().map(Language::get).toList();
    }

    /**
     * The languages CLDR knows as the same language as this one, in the file's order, itself
     * among them: Farsi and Dari ({@code fa}), German and Easy German ({@code de}).
     */
    public List<Language> kin() {
        String cldr = formatting.getLanguage();
        return REGISTRY.all.stream().filter(l -> l.formatting.getLanguage().equals(cldr)).toList();
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(REGISTRY.byCode.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * The languages a browser's locale asks for, best first: the language CLDR knows by that
     * language and region ({@code fa-AF}: Dari), the one of that code, else the one CLDR knows by
     * that language ({@code ku}: Kurmanji); then the languages their readers also read (Dari:
     * Farsi).
     */
    public static List<Language> askedBy(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return List.of();
        }
        String language = locale.getLanguage();
        String country = locale.getCountry();
        Set<Language> found = new LinkedHashSet<>();
        for (Language candidate : REGISTRY.all) {
            ULocale cldr = candidate.formatting;
            if (!country.isEmpty() && cldr.getLanguage().equals(language) && cldr.getCountry().equals(country)) {
                found.add(candidate);
            }
        }
        ofCode(language).ifPresent(found::add);
        if (found.isEmpty()) {
            REGISTRY.all.stream()
                    .filter(l -> l.formatting.getLanguage().equals(language) && l.formatting.getCountry().isEmpty())
                    .findFirst().ifPresent(found::add);
        }
        for (Language asked : List.copyOf(found)) {
            found.addAll(asked.alsoReads());
        }
        return List.copyOf(found);
    }

    /** The language of a UI's locale: the one whose locale it is, else what it asks for, else German. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return SOURCE;
        }
        Language exact = REGISTRY.byLocale.get(locale);
        return exact != null ? exact : askedBy(locale).stream().findFirst().orElse(SOURCE);
    }

    @Override
    public int compareTo(Language other) {
        return Integer.compare(position, other.position);
    }

    @Override
    public String toString() {
        return code;
    }

    /** The languages of {@code languages.txt}, read once. */
    private record Registry(List<Language> all, Map<String, Language> byCode, Map<Locale, Language> byLocale) {

        static Registry read() {
            List<Language> all = LanguageList.parse(Translations.read(LanguageList.FILE));
            Map<String, Language> byCode = new LinkedHashMap<>();
            Map<Locale, Language> byLocale = new LinkedHashMap<>();
            for (Language language : all) {
                byCode.put(language.code, language);
                byLocale.putIfAbsent(language.locale, language);
            }
            return new Registry(List.copyOf(all), Map.copyOf(byCode), Map.copyOf(byLocale));
        }
    }

    /** Builds the languages of one file; package-private for {@link LanguageList}. */
    static List<Language> build(List<LanguageList.Line> lines) {
        List<Language> languages = new ArrayList<>();
        for (LanguageList.Line line : lines) {
            languages.add(new Language(languages.size(), line.code(), line.cldr(), line.rightToLeft(), line.name(),
                    line.reads()));
        }
        return languages;
    }
}
