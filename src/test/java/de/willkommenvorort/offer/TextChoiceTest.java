package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextChoiceTest {

    @Test
    void the_newcomers_language_comes_first_then_german_then_the_original() {
        assertThat(TextChoice.pick(Set.of("de", "ar"), "ar", "de")).isEqualTo("ar");
        assertThat(TextChoice.pick(Set.of("de", "ar"), "ti", "de")).isEqualTo("de");
        assertThat(TextChoice.pick(Set.of("uk"), "ar", "uk")).isEqualTo("uk");
    }
}
