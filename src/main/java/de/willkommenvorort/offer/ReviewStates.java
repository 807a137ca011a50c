package de.willkommenvorort.offer;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The review states and the moves between them, for providers' and staff's services alike. Every
 * move is written to the audit trail in the same transaction, and the search index learns of it
 * only after the commit: a rolled-back publish stays invisible.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReviewStates {

    private static final Map<ReviewState, Set<ReviewState>> ALLOWED = Map.of(
            ReviewState.DRAFT, Set.of(ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.SUBMITTED, Set.of(ReviewState.PUBLISHED, ReviewState.REJECTED, ReviewState.DRAFT,
                    ReviewState.ARCHIVED),
            ReviewState.PUBLISHED, Set.of(ReviewState.ARCHIVED, ReviewState.EXPIRED),
            ReviewState.REJECTED, Set.of(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.EXPIRED, Set.of(ReviewState.PUBLISHED, ReviewState.ARCHIVED),
            ReviewState.ARCHIVED, Set.of());

    private final OfferSearch search;
    private final AuditLog audit;

    ReviewStates(OfferSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    static boolean allowed(ReviewState from, ReviewState to) {
        return ALLOWED.get(from).contains(to);
    }

    void move(Offer offer, ReviewState to, RejectionReason code, String note) {
        if (!allowed(offer.getReviewState(), to)) {
            throw new IllegalStateException("An offer cannot move from " + offer.getReviewState() + " to " + to);
        }
        ReviewState from = offer.getReviewState();
        offer.moveTo(to, code, note);
        record(offer.getId(), "OFFER_" + to.name(), from + " -> " + to
                + (code == null ? "" : " " + code + (note == null ? "" : ": " + note)));
        reindexAfterCommit(offer.getId());
    }

    void record(long offerId, String action, String detail) {
        audit.record(CurrentAccount.actor(), action, "offer", offerId, detail);
    }

    void reindexAfterCommit(long offerId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                search.reindex(offerId);
            }
        });
    }
}
