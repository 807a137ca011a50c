package de.willkommenvorort.offer;

import de.willkommenvorort.i18n.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which of an offer's text languages a newcomer reads: their own if it exists, else one they also
 * read (Farsi for Dari), else German, else the language the provider wrote in.
 */
final class TextChoice {

    static final String GERMAN = "de";

    private TextChoice() {
    }

    static String pick(Collection<String> available, String wanted, String original) {
        List<String> candidates = new ArrayList<>();
        candidates.add(wanted);
        Language.ofCode(wanted).ifPresent(language -> language.alsoReads().forEach(also -> candidates.add(also.code())));
        candidates.add(GERMAN);
        candidates.add(original);
        for (String candidate : candidates) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return original;
    }
}
