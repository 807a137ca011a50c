package de.willkommenvorort.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the county serves. {@code code} names the translation file and the cookie value;
 * {@code formatting} is what CLDR knows the language as (Dari is {@code fa-AF}, Kurmanji
 * {@code ku}); Arabic asks for Arabic-Indic digits explicitly (see docs/decisions).
 */
public enum Language {
    DE("de", "de", false),
    EN("en", "en", false),
    AR("ar", "ar-u-nu-arab", true),
    FA("fa", "fa", true),
    PRS("prs", "fa-AF", true),
    PS("ps", "ps", true),
    CKB("ckb", "ckb", true),
    KMR("kmr", "ku", false),
    TR("tr", "tr", false),
    UK("uk", "uk", false),
    RU("ru", "ru", false),
    TI("ti", "ti", false);

    public static final Language SOURCE = DE;

    private final String code;
    private final ULocale formatting;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String code, String formattingTag, boolean rightToLeft) {
        this.code = code;
        this.formatting = ULocale.forLanguageTag(formattingTag);
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    /** The locale Vaadin carries in the UI; its language is {@link #code()}. */
    public Locale locale() {
        return locale;
    }

    /** The locale ICU formats numbers, dates, plurals and names with. */
    public ULocale formatting() {
        return formatting;
    }

    /**
     * The tag search engines expect in {@code hreflang} (ISO 639-1 where there is one): Dari is
     * {@code fa-AF}, Kurmanji {@code ku}; Sorani has no two-letter code and stays {@code ckb}.
     */
    public String hreflang() {
        String country = formatting.getCountry();
        return formatting.getLanguage() + (country.isEmpty() ? "" : "-" + country);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /**
     * The languages a browser's locale asks for, best first: Dari ({@code fa-AF}, {@code prs})
     * then Farsi, which Dari readers read; Kurmanji for {@code ku} and {@code kmr}; else the
     * language of that code, if there is one.
     */
    public static List<Language> askedBy(Locale locale) {
        if (locale == null) {
            return List.of();
        }
        String language = locale.getLanguage();
        if ("fa".equals(language) && "AF".equals(locale.getCountry()) || "prs".equals(language)) {
            return List.of(PRS, FA);
        }
        if ("ku".equals(language) || "kmr".equals(language)) {
            return List.of(KMR);
        }
        return ofCode(language).stream().toList();
    }

    /**
     * The languages a reader of this one also reads, to be shown before German where a text is
     * missing in it: Dari readers read Farsi.
     */
    public List<Language> alsoReads() {
        return this == PRS ? List.of(FA) : List.of();
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return SOURCE;
        }
        if ("fa".equals(locale.getLanguage()) && "AF".equals(locale.getCountry())) {
            return PRS;
        }
        if ("ku".equals(locale.getLanguage())) {
            return KMR;
        }
        return ofCode(locale.getLanguage()).orElse(SOURCE);
    }
}
