package de.willkommenvorort.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.i18n.EasyReading.Finding;
import de.willkommenvorort.i18n.EasyReading.Kind;
import org.junit.jupiter.api.Test;

/** The machine-checkable rules of Easy German: 12 words a sentence, 20 letters a word. */
class EasyReadingTest {

    @Test
    void short_sentences_and_split_compounds_pass() {
        assertThat(EasyReading.check("Der Integrations-Kurs ist am Montag. Er ist kostenlos.\nSie brauchen eine Anmeldung."))
                .isEmpty();
        assertThat(EasyReading.check("Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf.")).isEmpty();
        assertThat(EasyReading.check("  ")).isEmpty();
    }

    @Test
    void a_sentence_of_thirteen_words_is_flagged_with_its_count() {
        String long13 = "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn.";
        assertThat(EasyReading.check("Kurz. " + long13 + " Auch kurz."))
                .containsExactly(new Finding(Kind.LONG_SENTENCE, long13, 13));
    }

    @Test
    void a_word_of_more_than_twenty_letters_is_flagged_unless_split() {
        assertThat(EasyReading.check("Das ist die Ausländerbehördensprechstunde."))
                .containsExactly(new Finding(Kind.LONG_WORD, "Ausländerbehördensprechstunde", 29));
        assertThat(EasyReading.check("Das ist die Sprech-Stunde der Ausländer-Behörde.")).isEmpty();
        // Twenty letters exactly are allowed.
        assertThat(EasyReading.check("Aufenthaltserlaubnis.")).isEmpty();
    }

    @Test
    void a_line_break_ends_a_sentence_as_a_full_stop_does() {
        assertThat(EasyReading.check("Eins zwei drei vier fünf sechs sieben\nacht neun zehn elf zwölf dreizehn")).isEmpty();
    }
}
