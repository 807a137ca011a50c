package de.willkommenvorort.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The languages a text is looked for in, best first, where it may be missing in the reader's own:
 * the reader's language, the languages its readers also read ({@code languages.txt}: Farsi for
 * Dari), the county's second choice for it ({@code /staff/languages}: English for Tigrinya), then
 * German. The newcomer is told in which language a text is shown.
 */
public final class ReadingOrder {

    /** Set by {@link ServedLanguages}; none before it is made (a unit test, the demo's loading). */
    private static volatile Function<Language, Optional<Language>> secondChoice = language -> Optional.empty();

    private ReadingOrder() {
    }

    static void secondChoiceBy(Function<Language, Optional<Language>> countyChoice) {
        secondChoice = countyChoice;
    }

    public static List<Language> of(Language reader) {
        Set<Language> order = new LinkedHashSet<>();
        order.add(reader);
        order.addAll(reader.alsoReads());
        secondChoice.apply(reader).ifPresent(order::add);
        order.add(Language.SOURCE);
        return List.copyOf(order);
    }

    /** The same for a language code; an unknown code is looked for as it is, then in German. */
    public static List<String> of(String code) {
        return Language.ofCode(code).map(language -> of(language).stream().map(Language::code).toList())
                .orElseGet(() -> List.of(code, Language.SOURCE.code()).stream().distinct().toList());
    }
}
