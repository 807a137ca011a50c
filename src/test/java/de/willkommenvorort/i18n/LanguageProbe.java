package de.willkommenvorort.i18n;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Run by {@link AddingALanguageTest} in a JVM of its own, on a translations folder with one
 * language more: prints what the app knows of that language, one fact a line.
 */
public final class LanguageProbe {

    private LanguageProbe() {
    }

    public static void main(String[] args) {
        Language language = Language.get(args[0]);
        TranslationProvider translations = new TranslationProvider();
        System.out.println("languages=" + Language.all().size());
        System.out.println("direction=" + (language.rightToLeft() ? "rtl" : "ltr"));
        System.out.println("name=" + language.ownName());
        System.out.println("reads=" + language.alsoReads().stream().map(Language::code).collect(Collectors.joining(",")));
        System.out.println("browser=" + Language.askedBy(Locale.forLanguageTag(args[1])).stream().map(Language::code)
                .collect(Collectors.joining(",")));
        System.out.println("ui=" + Language.of(language.locale()).code());
        System.out.println("home.title=" + translations.translate("home.title", language));
        System.out.println("in.german=" + LocalFormats.languageName(language.code(), Language.SOURCE));
        System.out.println("provided=" + translations.getProvidedLocales().contains(language.locale()));
    }
}
