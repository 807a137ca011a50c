package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which text of an offer a newcomer reads. */
class TextChoiceTest {

    @Test
    void their_own_language_first_then_german_then_the_original() {
        assertThat(TextChoice.pick(Set.of("de", "ar", "uk"), "ar", "de")).isEqualTo("ar");
        assertThat(TextChoice.pick(Set.of("de", "uk"), "ar", "de")).isEqualTo("de");
        assertThat(TextChoice.pick(Set.of("uk", "en"), "ar", "uk")).isEqualTo("uk");
    }

    @Test
    void a_dari_reader_reads_farsi_before_german() {
        assertThat(TextChoice.pick(Set.of("de", "fa", "prs"), "prs", "de")).isEqualTo("prs");
        assertThat(TextChoice.pick(Set.of("de", "fa"), "prs", "de")).isEqualTo("fa");
        assertThat(TextChoice.pick(Set.of("de", "prs"), "fa", "de")).as("only this way round").isEqualTo("de");
    }
}
