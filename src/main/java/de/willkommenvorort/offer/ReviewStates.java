package de.willkommenvorort.offer;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review states and the moves between them, for providers' and staff's services alike. Every
 * move is written to the audit trail in the same transaction. The search feature follows the
 * offer's changes in the same transaction, so a rolled-back publish stays invisible there too.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReviewStates {

    /**
     * The moves. PUBLISHED → REJECTED is staff's "unpublish": the offer leaves the public pages
     * with a reason code the provider reads in their language, and can be edited and submitted
     * again (see docs/decisions/013). SUBMITTED → DRAFT is a provider's withdrawal, or staff
     * sending it back for changes with a note.
     */
    private static final Map<ReviewState, Set<ReviewState>> ALLOWED = Map.of(
            ReviewState.DRAFT, Set.of(ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.SUBMITTED, Set.of(ReviewState.PUBLISHED, ReviewState.REJECTED, ReviewState.DRAFT,
                    ReviewState.ARCHIVED),
            ReviewState.PUBLISHED, Set.of(ReviewState.ARCHIVED, ReviewState.EXPIRED, ReviewState.REJECTED),
            ReviewState.REJECTED, Set.of(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ARCHIVED),
            ReviewState.EXPIRED, Set.of(ReviewState.PUBLISHED, ReviewState.ARCHIVED),
            ReviewState.ARCHIVED, Set.of());

    private final AuditLog audit;

    ReviewStates(AuditLog audit) {
        this.audit = audit;
    }

    static boolean allowed(ReviewState from, ReviewState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Moves the offer and writes the one audit entry of the move, with the state before and after. */
    void move(Offer offer, ReviewState to, RejectionReason code, String note) {
        move(offer, to, code, note, "", "");
    }

    /**
     * As {@link #move(Offer, ReviewState, RejectionReason, String)}, with more "field: value" lines
     * on either side of the entry (e.g. a revision discarded with it), so that one decision stays
     * one entry.
     */
    void move(Offer offer, ReviewState to, RejectionReason code, String note, String alsoBefore, String alsoAfter) {
        ReviewState from = offer.getReviewState();
        String before = stateLines(offer) + alsoBefore;
        shift(offer, to, code, note);
        audit.record(CurrentAccount.actor(), "OFFER_" + to.name(), "offer", offer.getId(), from + " -> " + to
                        + (code == null ? "" : " " + code + (note == null ? "" : ": " + note)),
                before, stateLines(offer) + alsoAfter);
    }

    /** Moves the state without an entry of its own: for a decision whose entry says more. */
    void shift(Offer offer, ReviewState to, RejectionReason code, String note) {
        if (!allowed(offer.getReviewState(), to)) {
            throw new IllegalStateException("An offer cannot move from " + offer.getReviewState() + " to " + to);
        }
        offer.moveTo(to, code, note);
    }

    /** The review state with the moderator's reason and note, as audit lines. */
    static String stateLines(Offer offer) {
        return "state: " + offer.getReviewState()
                + (offer.getRejectionCode() == null ? "" : "\nreason: " + offer.getRejectionCode())
                + (offer.getRejectionReason() == null ? "" : "\nnote: " + offer.getRejectionReason());
    }

    void record(long offerId, String action, String detail) {
        audit.record(CurrentAccount.actor(), action, "offer", offerId, detail);
    }

    void record(long offerId, String action, String detail, String before, String after) {
        audit.record(CurrentAccount.actor(), action, "offer", offerId, detail, before, after);
    }
}
