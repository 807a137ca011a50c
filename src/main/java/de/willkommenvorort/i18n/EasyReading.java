package de.willkommenvorort.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of Easy German (Leichte Sprache, Netzwerk Leichte Sprache) a machine can check: a
 * sentence has at most 12 words, a word at most 20 letters (a long compound is split with a
 * hyphen, "Integrations-Kurs", and each part counts on its own). The editors show what breaks
 * them while a text in an easy-to-read language is written; people judge the rest (one statement
 * a sentence, no genitive, words explained).
 */
public final class EasyReading {

    public static final int MAX_WORDS = 12;
    public static final int MAX_LETTERS = 20;

    /** A sentence ends at . ! ? : ; or a line break (a heading or a list item is a sentence too). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+|\\R+");
    /** A word: letters and digits, joined by hyphens or apostrophes within it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+");

    public enum Kind { LONG_SENTENCE, LONG_WORD }

    /** What breaks a rule: the sentence or the word, and its count of words or letters. */
    public record Finding(Kind kind, String text, int count) {
    }

    private EasyReading() {
    }

    public static List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int words = 0;
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                words++;
                Matcher part = PART.matcher(word.group());
                while (part.find()) {
                    int letters = part.group().codePointCount(0, part.group().length());
                    if (letters > MAX_LETTERS) {
                        findings.add(new Finding(Kind.LONG_WORD, part.group(), letters));
                    }
                }
            }
            if (words > MAX_WORDS) {
                findings.add(new Finding(Kind.LONG_SENTENCE, sentence.strip(), words));
            }
        }
        return findings;
    }
}
