package de.willkommenvorort.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The occupation lists the skills profile loads (frontend/occupations, see its LICENSE.md):
 * German is the full list of ISCO-08 unit groups; every other language's codes are German codes,
 * each once, and no title is empty; the search words point to German codes only.
 */
class OccupationListsTest {

    private static final Path LISTS = Path.of("frontend", SkillsProfile.OCCUPATIONS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void german_holds_the_436_isco_08_unit_groups_each_once_with_a_title() throws IOException {
        List<List<String>> german = list("de");
        assertThat(german).hasSize(436);
        assertThat(codes(german)).hasSize(436).allMatch(code -> code.matches("\\d{4}"));
        assertThat(german).allSatisfy(entry -> assertThat(entry.get(1)).isNotBlank().doesNotEndWith(", onA"));
        // The words a newcomer must find, in the counsellor's terms.
        assertThat(titleOf(german, "7411")).isEqualTo("Bauelektriker und verwandte Berufe");
        assertThat(titleOf(german, "5120")).isEqualTo("Köche");
        assertThat(titleOf(german, "8332")).isEqualTo("Fahrer schwerer Lastkraftwagen");
        assertThat(titleOf(german, "7531")).isEqualTo("Herren- und Damenschneider, Kürschner und Hutmacher");
    }

    @Test
    void every_other_language_names_german_codes_only_each_once_and_never_with_an_empty_title() throws IOException {
        Set<String> german = codes(list("de"));
        List<String> languages = new ArrayList<>();
        try (Stream<Path> files = Files.list(LISTS)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[a-z-]+\\.json") && !n.startsWith("search-"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).filter(l -> !l.equals("de"))
                    .forEach(languages::add);
        }
        assertThat(languages).contains("en", "fr", "it");
        for (String language : languages) {
            List<List<String>> list = list(language);
            assertThat(list).as(language).allSatisfy(entry -> {
                assertThat(entry).hasSize(2);
                assertThat(entry.get(1)).as(language + " " + entry.get(0)).isNotBlank();
            });
            assertThat(codes(list)).as(language).hasSize(list.size()).isSubsetOf(german);
        }
    }

    @Test
    void the_search_words_point_to_german_codes() throws IOException {
        Set<String> german = codes(list("de"));
        Map<String, List<String>> words = JSON.readValue(LISTS.resolve("search-de.json").toFile(),
                new TypeReference<Map<String, List<String>>>() { });
        assertThat(words).containsKeys("Elektriker", "Krankenpfleger", "Lkw-Fahrer", "Lehrer", "Koch", "Schneider");
        words.forEach((word, codes) -> assertThat(codes).as(word).isNotEmpty().isSubsetOf(german));
    }

    private static List<List<String>> list(String language) throws IOException {
        return JSON.readValue(LISTS.resolve(language + ".json").toFile(), new TypeReference<List<List<String>>>() { });
    }

    private static Set<String> codes(List<List<String>> list) {
        return new HashSet<>(list.stream().map(List::getFirst).toList());
    }

    private static String titleOf(List<List<String>> list, String code) {
        return list.stream().filter(e -> e.getFirst().equals(code)).map(e -> e.get(1)).findFirst().orElseThrow();
    }
}
