package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The glossary file is well formed, names only real categories and languages, and finds its words. */
class GlossaryTest {

    private static final Glossary GLOSSARY = Glossary.load();

    @Test
    void every_concept_names_existing_categories_and_has_german_words() throws IOException {
        Set<String> codes = categoryCodes();
        assertThat(GLOSSARY.concepts()).hasSizeGreaterThanOrEqualTo(35);
        Set<String> languages = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());
        GLOSSARY.concepts().values().forEach(concept -> {
            assertThat(concept.categories()).as(concept.id()).isNotEmpty();
            assertThat(codes).as("categories of %s", concept.id()).containsAll(concept.categories());
            assertThat(concept.german()).as("German words of %s", concept.id()).isNotEmpty();
            assertThat(languages).as("languages of %s", concept.id()).containsAll(concept.terms().keySet());
        });
    }

    @Test
    void words_of_letters_and_their_renderings_lead_to_their_concept() {
        assertThat(concepts("Jobcenter", "ar")).contains("job-centre");
        assertThat(concepts("джобцентр", "ru")).contains("job-centre");
        assertThat(concepts("جوب سنتر", "de")).contains("job-centre");
        // A typing mistake in a long word, a plural of a Russian term, a hyphen as a space
        assertThat(concepts("Aufenthaltstitle", "de")).contains("residence-permit");
        assertThat(concepts("курсы немецкого", "ru")).contains("german-course");
        assertThat(concepts("Kita Platz", "de")).isEqualTo(concepts("Kita-Platz", "de"));
    }

    @Test
    void a_word_no_term_is_near_leads_nowhere() {
        assertThat(GLOSSARY.find(List.of("Fahrplan"), List.of("de"))).isEmpty();
    }

    private static Set<String> concepts(String typed, String language) {
        return GLOSSARY.find(Words.of(typed), List.of(language, "de", "en")).stream()
                .flatMap(f -> f.concepts().stream()).map(Glossary.Concept::id).collect(Collectors.toSet());
    }

    /** The category codes the first migration creates, and any added since. */
    private static Set<String> categoryCodes() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String file : List.of("V1__catalogue.sql")) {
            try (InputStream in = GlossaryTest.class.getResourceAsStream("/db/migration/" + file)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Matcher matcher = Pattern.compile("\\('([a-z-]+)', '(WELCOME|EDUCATION|WORK|PARTICIPATION)'").matcher(sql);
        Set<String> codes = new java.util.HashSet<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertThat(codes).hasSize(24);
        return codes;
    }
}
