package de.willkommenvorort.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What newcomers may see: published offers within their valid-until date, nothing else. Every
 * public view reads offers through this service only.
 */
@Service
@Transactional(readOnly = true)
public class PublicOffers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PublicOffers.class);

    public static final int MAX_PAGE = 50;

    private final OfferSearch search;
    private final OfferRepository offers;
    private final Clock clock;

    PublicOffers(OfferSearch search, OfferRepository offers, Optional<Clock> clock) {
        this.search = search;
        this.offers = offers;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    /** One page of the list, in the newcomer's language where a translation exists. */
    public List<OfferCard> page(OfferFilter filter, String language, int offset, int limit) {
        return search.page(filter, language, today(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    public int count(OfferFilter filter, String language) {
        return search.count(filter, language, today());
    }

    /** Builds the free-text index before the web server takes its first request. */
    @Override
    public void afterSingletonsInstantiated() {
        reindex();
    }

    /**
     * Rebuilds the free-text index from the database. Runs at start and every hour; call it
     * after changing offers in the database by other means than this app (imports, bulk loads).
     */
    @Scheduled(fixedDelayString = "${wvo.search.reindex-every:PT1H}", initialDelayString = "${wvo.search.reindex-every:PT1H}")
    public void reindex() {
        long started = System.nanoTime();
        search.reindexAll();
        log.info("Search index holds {} published offers ({} ms)", search.indexed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Every published, current offer's id with the time it was last published, by id. */
    public Map<Long, Instant> publishedIds() {
        return search.publishedIds(today());
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
