package de.willkommenvorort.offer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the search index and the newcomer's query both see them: Unicode letters and digits,
 * lower case, composed (NFC), without Arabic-script vowel marks and tatweel, so that "دَوْرة"
 * and "دورة", or "Kita" and "kita", are the same word. Nothing a user types is ever an operator.
 */
final class SearchTerms {

    /** Shorter words are not searched for ("B1" and "A2" are, they are course levels). */
    static final int MIN_WORD = 2;
    private static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");

    private SearchTerms() {
    }

    /** The distinct words of what a newcomer typed, at most eight. */
    static List<String> query(String typed) {
        Set<String> words = new LinkedHashSet<>(tokens(typed));
        return words.stream().limit(MAX_WORDS).toList();
    }

    /** Every word of a text, in order, normalised. */
    static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String normal = ARABIC_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        Matcher matcher = WORD.matcher(normal);
        while (matcher.find()) {
            String word = matcher.group();
            if (word.codePointCount(0, word.length()) >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }
}
