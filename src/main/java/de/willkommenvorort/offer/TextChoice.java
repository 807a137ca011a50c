package de.willkommenvorort.offer;

import de.willkommenvorort.i18n.ReadingOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which of an offer's text languages a newcomer reads: the first of their {@link ReadingOrder}
 * (their own, one they also read, the county's second choice, German) that exists, else the
 * language the provider wrote in.
 */
final class TextChoice {

    static final String GERMAN = "de";

    private TextChoice() {
    }

    static String pick(Collection<String> available, String wanted, String original) {
        List<String> candidates = new ArrayList<>(ReadingOrder.of(wanted));
        candidates.add(original);
        for (String candidate : candidates) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return original;
    }
}
