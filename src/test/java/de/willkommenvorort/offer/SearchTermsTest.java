package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void every_word_is_required_and_matched_as_a_prefix() {
        assertThat(SearchTerms.booleanQuery("Deutsch Kurs")).contains("+Deutsch* +Kurs*");
    }

    @Test
    void operators_typed_by_a_user_cannot_change_the_query() {
        assertThat(SearchTerms.booleanQuery("-Beratung +\"Kita\" (x) ~foo* @3")).contains("+Beratung* +Kita* +foo*");
        assertThat(SearchTerms.booleanQuery("' OR 1=1 --")).isEmpty();
    }

    @Test
    void arabic_and_ethiopic_words_are_kept_whole() {
        assertThat(SearchTerms.booleanQuery("دورة اللغة")).contains("+دورة* +اللغة*");
        assertThat(SearchTerms.booleanQuery("ምኽሪ")).contains("+ምኽሪ*");
    }

    @Test
    void words_too_short_for_the_index_are_left_out() {
        assertThat(SearchTerms.booleanQuery("B1 Kurs")).contains("+Kurs*");
        assertThat(SearchTerms.booleanQuery("a b")).isEmpty();
    }
}
