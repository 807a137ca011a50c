package de.willkommenvorort.offer;

import java.util.Collection;
import java.util.List;

/**
 * Which of an offer's text languages a newcomer reads: their own if it exists, else German, else
 * the language the provider wrote in.
 */
final class TextChoice {

    static final String GERMAN = "de";

    private TextChoice() {
    }

    static String pick(Collection<String> available, String wanted, String original) {
        for (String candidate : List.of(wanted, GERMAN, original)) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return original;
    }
}
