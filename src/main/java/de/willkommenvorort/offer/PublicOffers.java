package de.willkommenvorort.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What newcomers may see: published offers within their valid-until date, nothing else. Every
 * public view reads offers through this service only (free text through the search feature, which
 * gets its cards here). The list and its cards are single SQL statements that need no transaction
 * of their own, which would cost every search and every list two more round trips.
 */
@Service
@Transactional(readOnly = true)
public class PublicOffers {

    public static final int MAX_PAGE = 50;

    private final OfferList list;
    private final OfferRepository offers;
    private final Clock clock;

    PublicOffers(OfferList list, OfferRepository offers, Optional<Clock> clock) {
        this.list = list;
        this.offers = offers;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    /**
     * One page of the list, in the newcomer's language where a translation exists. Without free
     * text: a filter's text is the search feature's to match.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OfferCard> page(OfferFilter filter, String language, int offset, int limit) {
        requireNoText(filter);
        return list.page(filter, language, today(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int count(OfferFilter filter, String language) {
        requireNoText(filter);
        return list.count(filter, today());
    }

    /** Cards, and texts of the same offers in other languages (as cards, one per offer and language). */
    public record CardsAndTexts(List<OfferCard> cards, List<OfferCard> texts) {
    }

    /**
     * The cards of these offers, in this order, in the newcomer's language where a translation
     * exists (offers that are not public are left out, whatever asked for them), and in the same
     * statement their texts in the languages {@code alsoIn}, where they have them.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public CardsAndTexts cards(SequencedMap<Long, Long> versions, String language, List<String> alsoIn) {
        return list.cards(versions, language, alsoIn, today());
    }

    private static void requireNoText(OfferFilter filter) {
        if (filter.text().isPresent()) {
            throw new IllegalArgumentException("Free text is matched by the search feature, not by the list");
        }
    }

    /** Every published, current offer's id with the time it was last published, by id. */
    public Map<Long, Instant> publishedIds() {
        return list.publishedIds(today());
    }

    /** A published, current offer with the time it was last published; empty as {@link #published}. */
    public Optional<Map.Entry<OfferDetails, Instant>> publishedWithTime(long id, String language) {
        return offers.findByIdAndReviewState(id, ReviewState.PUBLISHED)
                .filter(offer -> offer.getValidUntil() == null || !offer.getValidUntil().isBefore(today()))
                .map(offer -> Map.entry(OfferDetails.of(offer, language),
                        offer.getPublishedAt() != null ? offer.getPublishedAt() : offer.getUpdatedAt()));
    }

    /** A published, current offer; empty for any other state, expired or unknown id alike. */
    public Optional<OfferDetails> published(long id, String language) {
        return offers.findByIdAndReviewState(id, ReviewState.PUBLISHED)
                .filter(offer -> offer.getValidUntil() == null || !offer.getValidUntil().isBefore(today()))
                .map(offer -> OfferDetails.of(offer, language));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
