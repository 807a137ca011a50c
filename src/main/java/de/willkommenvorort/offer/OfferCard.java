package de.willkommenvorort.offer;

import java.util.Optional;

/**
 * One line of the public list. {@code textLanguage} is the language the title and summary are
 * in; it differs from the newcomer's when no translation exists (then German is shown, marked).
 */
public record OfferCard(long id, String title, String summary, String textLanguage, long categoryId,
                        Optional<String> municipalityName, boolean online, Cost cost) {
}
