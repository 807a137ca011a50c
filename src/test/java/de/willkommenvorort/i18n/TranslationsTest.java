package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The translation files are complete and well-formed: every key of German in every language,
 * every message valid ICU, the same arguments as German, and every plural message with all the
 * plural categories CLDR says the language needs.
 */
class TranslationsTest {

    private static final Map<String, String> GERMAN = TranslationProvider.load(Language.get("de")).orElseThrow();

    static List<Language> languages() {
        return Language.all();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_language_has_exactly_the_keys_of_german(Language language) {
        Map<String, String> messages = TranslationProvider.load(language).orElseThrow(
                () -> new AssertionError("translations/messages_" + language.code() + ".properties is missing"));
        assertThat(messages.keySet()).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(GERMAN.keySet());
        assertThat(messages.values()).as("no empty message in %s", language).noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_message_parses_as_icu_with_the_arguments_of_german(Language language) {
        Map<String, String> messages = TranslationProvider.load(language).orElseThrow();
        List<String> problems = new ArrayList<>();
        messages.forEach((key, pattern) -> {
            try {
                new MessageFormat(pattern, language.formatting());
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
                return;
            }
            String german = GERMAN.get(key);
            if (german != null && !arguments(pattern).equals(arguments(german))) {
                problems.add(key + ": arguments " + arguments(pattern) + " but German has " + arguments(german));
            }
        });
        assertThat(problems).as("messages of %s", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void plural_messages_cover_every_category_the_language_needs(Language language) {
        Set<String> needed = PluralRules.forLocale(language.formatting()).getKeywords();
        Map<String, String> messages = TranslationProvider.load(language).orElseThrow();
        List<String> problems = new ArrayList<>();
        messages.forEach((key, pattern) -> {
            Set<String> have = pluralSelectors(pattern);
            if (!have.isEmpty() && !have.containsAll(needed)) {
                Set<String> missing = new TreeSet<>(needed);
                missing.removeAll(have);
                problems.add(key + " lacks " + missing);
            }
        });
        assertThat(problems).as("plural forms of %s (needs %s)", language, needed).isEmpty();
    }

    @Test
    void every_messages_file_has_its_line_in_the_language_list() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("translations"))) {
            List<String> codes = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("messages_") && name.endsWith(".properties"))
                    .map(name -> name.substring("messages_".length(), name.length() - ".properties".length())).toList();
            assertThat(codes).hasSize(Language.all().size())
                    .allSatisfy(code -> assertThat(Language.ofCode(code)).as("%s in languages.txt", code).isPresent());
        }
    }

    @Test
    void easy_german_keeps_to_its_own_rules() {
        // Every message formatted with short arguments: no sentence over 12 words, no word over 20 letters.
        List<String> problems = new ArrayList<>();
        for (Language language : Language.all().stream().filter(Language::easyToRead).toList()) {
            TranslationProvider.load(language).orElseThrow().forEach((key, pattern) -> {
                Object[] arguments = new Object[10];
                java.util.Arrays.fill(arguments, 2);
                String text = new MessageFormat(pattern.replaceAll("\\{(\\d)\\}", "X"), language.formatting())
                        .format(arguments);
                EasyReading.check(text)
                        .forEach(finding -> problems.add(language.code() + " " + key + ": " + finding));
            });
        }
        assertThat(Language.all()).anyMatch(Language::easyToRead);
        assertThat(problems).isEmpty();
    }

    @Test
    void arabic_needs_six_plural_forms_and_the_count_uses_them() {
        assertThat(PluralRules.forLocale(Language.get("ar").formatting()).getKeywords())
                .containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
        TranslationProvider provider = new TranslationProvider();
        String two = provider.translate("results.count", Language.get("ar"), 2);
        String eleven = provider.translate("results.count", Language.get("ar"), 11);
        assertThat(two).isNotEqualTo(eleven);
        // Arabic-Indic digits: ١١ rather than 11.
        assertThat(eleven).contains("١١").doesNotContain("11");
    }

    @Test
    void a_plural_message_lacking_a_category_is_detected() {
        // The check above must be able to fail: a message with only "other" lacks Russian's forms.
        Set<String> have = pluralSelectors("{0, plural, one {# x} other {# y}}");
        assertThat(have).containsExactlyInAnyOrder("one", "other");
        assertThat(have.containsAll(PluralRules.forLocale(Language.get("ru").formatting()).getKeywords())).isFalse();
        // An argument inside a branch does not hide the branches after it, nor adds its own.
        assertThat(pluralSelectors("{0, plural, one {{1}: # x} few {{1}: # y} other {{1, plural, two {a} other {b}} # z}}"))
                .containsExactlyInAnyOrder("one", "few", "other", "two");
        assertThat(pluralSelectors("{0, plural, one {{1}: # x} other {y}} {2, select, a {b} c {d} other {e}}"))
                .containsExactlyInAnyOrder("one", "other");
    }

    @Test
    void german_counts_read_naturally() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.translate("results.count", Language.get("de"), 0)).isEqualTo("Keine Angebote gefunden");
        assertThat(provider.translate("results.count", Language.get("de"), 1)).isEqualTo("1 Angebot gefunden");
        assertThat(provider.translate("results.count", Language.get("de"), 1234)).isEqualTo("1.234 Angebote gefunden");
    }

    @Test
    void a_missing_key_falls_back_to_german_never_to_nothing() {
        TranslationProvider provider = new TranslationProvider();
        assertDoesNotThrow(() -> provider.translate("app.name", Language.get("ti")));
        assertThat(provider.translate("no.such.key", Language.get("ar"))).isEqualTo("no.such.key");
    }

    /** The numbered arguments a pattern uses, at any depth. */
    private static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER || part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /** The plural keywords (not "=n" selectors) of every plural argument in a pattern. */
    private static Set<String> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> selectors = new TreeSet<>();
        // One entry per argument we are inside: a plural's branches may hold arguments of their own.
        Deque<Boolean> plural = new ArrayDeque<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                plural.push(part.getArgType() == MessagePattern.ArgType.PLURAL);
            } else if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                plural.pop();
            }
            if (!plural.isEmpty() && plural.peek() && part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                String selector = parsed.getSubstring(part);
                if (!selector.startsWith("=")) {
                    selectors.add(selector);
                }
            }
        }
        return selectors;
    }
}
