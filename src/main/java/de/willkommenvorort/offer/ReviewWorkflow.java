package de.willkommenvorort.offer;

import de.willkommenvorort.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's decisions on submitted offers and revisions. Nothing becomes public except through
 * {@link #publish(long)}. Providers' own moves (save, submit, withdraw, archive) are in
 * {@link OfferEditing}.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class ReviewWorkflow {

    private final OfferRepository offers;
    private final ReviewStates states;

    ReviewWorkflow(OfferRepository offers, ReviewStates states) {
        this.offers = offers;
        this.states = states;
    }

    /** Saves a new offer as a draft; it is invisible to newcomers. Used by the demo loader. */
    public long saveDraft(Offer offer) {
        if (offer.getId() != null) {
            throw new IllegalArgumentException("Only new offers are saved as drafts here");
        }
        if (!offer.getTexts().containsKey(offer.getOriginalLanguage())) {
            throw new IllegalArgumentException("An offer needs a text in its original language");
        }
        long id = offers.save(offer).getId();
        states.record(id, "OFFER_CREATED", null);
        return id;
    }

    public void submit(long offerId) {
        states.move(find(offerId), ReviewState.SUBMITTED, null, null);
    }

    /**
     * Publishes a submitted offer. A submitted revision is merged into its published offer, which
     * keeps its id and address, and the revision row is removed: the audit trail keeps the story.
     */
    public void publish(long offerId) {
        Offer offer = find(offerId);
        if (offer.getRevisionOf() == null) {
            states.move(offer, ReviewState.PUBLISHED, null, null);
            return;
        }
        if (offer.getReviewState() != ReviewState.SUBMITTED) {
            throw new IllegalStateException("Only a submitted revision can be published");
        }
        Offer published = find(offer.getRevisionOf());
        published.copyContentFrom(offer);
        if (published.getReviewState() == ReviewState.EXPIRED) {
            states.move(published, ReviewState.PUBLISHED, null, null);
        }
        states.record(published.getId(), "REVISION_PUBLISHED", "revision " + offer.getId());
        offers.delete(offer);
        states.reindexAfterCommit(published.getId());
    }

    public void reject(long offerId, RejectionReason reason, String note) {
        if (reason == null) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        states.move(find(offerId), ReviewState.REJECTED, reason, note == null || note.isBlank() ? null : note.strip());
    }

    /** Takes an offer out of use for good: it leaves the public pages and the search at once. */
    public void archive(long offerId) {
        states.move(find(offerId), ReviewState.ARCHIVED, null, null);
    }

    private Offer find(long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new IllegalArgumentException("No offer " + offerId));
    }
}
