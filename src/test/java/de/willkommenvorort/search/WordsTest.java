package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** The rule the scanner follows, as a regular expression. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");

    @Test
    void cards_are_cut_into_the_words_the_rule_finds() {
        List<String> texts = new ArrayList<>(List.of("", "  ", "Deutschkurs für Frauen (A1–B1), 2× pro Woche!",
                "l'école d’été O’Brien's 3'4 rock'n'roll", "دورة اللغة الألمانية للنساء، مجاناً",
                "مشاوره‌ی حقوقی؛ کلاس ۱۲", "Курси німецької мови: 10–12 год.", "ꯃꯤꯇꯩ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301te\u0301",
                "Türkçe İstanbul ıı", "ትግርኛ ቋንቋ", "'start' end' 'x", "a'"));
        Random random = new Random(7);
        String alphabet = "ab9 ',.’ʼ-äßدةی\u064e\u200c١𝔘";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(scanned(text)).as(text).isEqualTo(byRule(text));
        }
    }

    private static List<String> scanned(String text) {
        List<String> words = new ArrayList<>();
        int end = 0;
        for (int start = Words.nextWord(text, 0); start >= 0; start = Words.nextWord(text, end)) {
            end = Words.wordEnd(text, start);
            words.add(text.substring(start, end));
        }
        return words;
    }

    private static List<String> byRule(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
