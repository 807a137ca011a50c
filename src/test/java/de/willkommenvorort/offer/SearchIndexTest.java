package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static SearchIndex.Entry entry(int id, LocalDate validUntil) {
        return new SearchIndex.Entry(id, 1, "EDUCATION", 7L, false, Cost.FREE, validUntil, Set.of("de"),
                Set.of(TargetGroup.EVERYONE), false, null, null);
    }

    private final SearchIndex index = new SearchIndex();

    @Test
    void finds_word_beginnings_in_the_newcomers_language_and_in_german() {
        index.put(entry(1, null), "de", List.of(new SearchIndex.Text("de", "Deutschkurs am Abend", "Für alle"),
                new SearchIndex.Text("ar", "دورة لغة ألمانية", "للجميع")));
        assertThat(index.search(SearchTerms.query("deutsch"), "ar", TODAY, e -> true)).containsExactly(1);
        assertThat(index.search(SearchTerms.query("دورة"), "ar", TODAY, e -> true)).containsExactly(1);
        assertThat(index.search(SearchTerms.query("دورة"), "uk", TODAY, e -> true)).isEmpty();
    }

    @Test
    void every_word_must_match_and_title_matches_rank_first() {
        index.put(entry(1, null), "de", List.of(new SearchIndex.Text("de", "Sprachcafé", "Deutsch sprechen")));
        index.put(entry(2, null), "de", List.of(new SearchIndex.Text("de", "Deutsch im Café", "Sprachcafé")));
        assertThat(index.search(SearchTerms.query("deutsch"), "de", TODAY, e -> true)).containsExactly(2, 1);
        assertThat(index.search(SearchTerms.query("deutsch fußball"), "de", TODAY, e -> true)).isEmpty();
    }

    @Test
    void an_original_text_in_another_language_is_found_in_every_language() {
        index.put(entry(3, null), "uk", List.of(new SearchIndex.Text("uk", "Розмовний клуб", "Зустріч")));
        assertThat(index.search(SearchTerms.query("клуб"), "ar", TODAY, e -> true)).containsExactly(3);
    }

    @Test
    void removed_and_expired_offers_are_not_found() {
        index.put(entry(1, null), "de", List.of(new SearchIndex.Text("de", "Kita", "")));
        index.put(entry(2, TODAY.minusDays(1)), "de", List.of(new SearchIndex.Text("de", "Kita", "")));
        assertThat(index.search(SearchTerms.query("kita"), "de", TODAY, e -> true)).containsExactly(1);
        index.remove(1);
        assertThat(index.search(SearchTerms.query("kita"), "de", TODAY, e -> true)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void a_bulk_built_index_finds_the_same() {
        SearchIndex.Bulk bulk = new SearchIndex.Bulk();
        bulk.add(entry(1, null), "de", List.of(new SearchIndex.Text("de", "Kita Sonnenschein", "")));
        bulk.add(entry(2, null), "de", List.of(new SearchIndex.Text("de", "Kita Regenbogen", "")));
        SearchIndex built = bulk.build();
        assertThat(built.search(SearchTerms.query("kita"), "de", TODAY, e -> true)).containsExactly(1, 2);
        assertThat(built.search(SearchTerms.query("regen"), "de", TODAY, e -> true)).containsExactly(2);
        built.remove(2);
        assertThat(built.search(SearchTerms.query("kita"), "de", TODAY, e -> true)).containsExactly(1);
    }

    @Test
    void the_filter_decides_what_else_must_hold() {
        index.put(entry(1, null), "de", List.of(new SearchIndex.Text("de", "Kita", "")));
        assertThat(index.search(SearchTerms.query("kita"), "de", TODAY, e -> e.municipalityId() == 8L)).isEmpty();
    }
}
