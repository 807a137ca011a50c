package de.willkommenvorort.search;

import de.willkommenvorort.offer.OfferCard;
import java.util.List;
import java.util.Optional;

/**
 * One page of what a search found: how many offers in all ({@code exact}, or at least that many),
 * the cards of this page with what matched, and, when nothing matched all words: whether these
 * offers match only most of them ({@code partial}), and a near spelling that would find something
 * ({@code suggestion}).
 */
public record FoundOffers(int total, boolean exact, List<Hit> hits, boolean partial, Optional<String> suggestion) {

    /**
     * One found offer: its card, its title and summary with the matched words marked, and where
     * the match is only in another language's text, that passage (e.g. the English text an
     * English query found, beside the Arabic card).
     */
    public record Hit(OfferCard card, Marked title, Marked summary, Optional<Passage> elsewhere) {
    }

    /** A piece of an offer's text in {@code language} with what matched marked. */
    public record Passage(String language, Marked text) {
    }

    static FoundOffers nothing(Optional<String> suggestion) {
        return new FoundOffers(0, true, List.of(), false, suggestion);
    }
}
