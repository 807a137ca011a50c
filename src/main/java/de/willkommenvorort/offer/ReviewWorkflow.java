package de.willkommenvorort.offer;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The review states and the moves between them. Nothing becomes public except through
 * {@link #publish(long)}. The moderation feature will put staff roles on these methods; until it
 * exists, nothing in the UI calls them.
 */
@Service
@Transactional
public class ReviewWorkflow {

    private static final Map<ReviewState, Set<ReviewState>> ALLOWED = Map.of(
            ReviewState.DRAFT, Set.of(ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.SUBMITTED, Set.of(ReviewState.PUBLISHED, ReviewState.REJECTED, ReviewState.DRAFT),
            ReviewState.PUBLISHED, Set.of(ReviewState.ARCHIVED, ReviewState.EXPIRED),
            ReviewState.REJECTED, Set.of(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.EXPIRED, Set.of(ReviewState.PUBLISHED, ReviewState.ARCHIVED),
            ReviewState.ARCHIVED, Set.of());

    private final OfferRepository offers;
    private final OfferSearch search;

    ReviewWorkflow(OfferRepository offers, OfferSearch search) {
        this.offers = offers;
        this.search = search;
    }

    /** Saves a new offer as a draft; it is invisible to newcomers. */
    public long saveDraft(Offer offer) {
        if (offer.getId() != null) {
            throw new IllegalArgumentException("Only new offers are saved as drafts here");
        }
        if (!offer.getTexts().containsKey(offer.getOriginalLanguage())) {
            throw new IllegalArgumentException("An offer needs a text in its original language");
        }
        return offers.save(offer).getId();
    }

    public void submit(long offerId) {
        move(offerId, ReviewState.SUBMITTED, null);
    }

    public void publish(long offerId) {
        move(offerId, ReviewState.PUBLISHED, null);
    }

    public void reject(long offerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        move(offerId, ReviewState.REJECTED, reason);
    }

    /** Takes an offer out of use for good: it leaves the public pages and the search at once. */
    public void archive(long offerId) {
        move(offerId, ReviewState.ARCHIVED, null);
    }

    private void move(long offerId, ReviewState to, String reason) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new IllegalArgumentException("No offer " + offerId));
        if (!ALLOWED.get(offer.getReviewState()).contains(to)) {
            throw new IllegalStateException("An offer cannot move from " + offer.getReviewState() + " to " + to);
        }
        offer.moveTo(to, reason);
        // The search index only learns of committed changes: a rolled-back publish stays invisible.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                search.reindex(offerId);
            }
        });
    }
}
