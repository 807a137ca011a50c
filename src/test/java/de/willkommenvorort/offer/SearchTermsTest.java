package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void words_are_lower_case_and_split_on_anything_but_letters_and_digits() {
        assertThat(SearchTerms.query("Deutsch-Kurs, B1!")).containsExactly("deutsch", "kurs", "b1");
    }

    @Test
    void operators_typed_by_a_user_are_just_dropped() {
        assertThat(SearchTerms.query("-Beratung +\"Kita\" (x) ~foo* @3")).containsExactly("beratung", "kita", "foo");
        assertThat(SearchTerms.query("' OR 1=1 --")).containsExactly("or");
    }

    @Test
    void arabic_vowel_marks_do_not_matter_and_ethiopic_words_stay_whole() {
        assertThat(SearchTerms.query("دَوْرَة اللغة")).containsExactly("دورة", "اللغة");
        assertThat(SearchTerms.query("ምኽሪ")).containsExactly("ምኽሪ");
    }

    @Test
    void single_letters_and_repeats_are_left_out_and_at_most_eight_words_count() {
        assertThat(SearchTerms.query("a Kurs kurs")).containsExactly("kurs");
        assertThat(SearchTerms.query("aa bb cc dd ee ff gg hh ii jj")).hasSize(8);
    }
}
