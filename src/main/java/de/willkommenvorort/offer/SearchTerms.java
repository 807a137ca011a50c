package de.willkommenvorort.offer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a newcomer typed into a MariaDB boolean-mode full-text query: every word required,
 * matched as a prefix ("deutsch" finds "Deutschkurs"). Operators typed by the user are dropped,
 * so input can never change the query's meaning. Words shorter than the index's minimum token
 * length (3) cannot be matched by the index and are left out.
 */
final class SearchTerms {

    static final int MIN_WORD = 3;
    private static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchTerms() {
    }

    static Optional<String> booleanQuery(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            if (!query.isEmpty()) {
                query.append(' ');
            }
            query.append('+').append(word).append('*');
        }
        return Optional.of(query.toString());
    }

    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC));
        while (matcher.find() && words.size() < MAX_WORDS) {
            String word = matcher.group();
            if (word.codePointCount(0, word.length()) >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }
}
