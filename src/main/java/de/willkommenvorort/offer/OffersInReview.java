package de.willkommenvorort.offer;

import de.willkommenvorort.security.AppRoles;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers staff read in their review workspace ({@code review}): what waits for review, what
 * went public without it and waits to be checked afterwards, and any one item. For reading within
 * the caller's transaction; staff's decisions go through {@link ReviewWorkflow}.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class OffersInReview {

    private final OfferRepository offers;

    OffersInReview(OfferRepository offers) {
        this.offers = offers;
    }

    /** Submitted offers, events and revisions, oldest submission first. */
    public List<Offer> waiting() {
        return offers.waitingForReview();
    }

    public long countWaiting() {
        return offers.countByReviewState(ReviewState.SUBMITTED);
    }

    /** Public offers staff have not read yet (from trusted providers and calendars), longest unchecked first. */
    public List<Offer> unchecked() {
        return offers.publishedUnchecked();
    }

    public long countUnchecked() {
        return offers.countPublishedUnchecked();
    }

    /** An offer or a revision, in any state. */
    public Optional<Offer> byId(long id) {
        return offers.findById(id);
    }
}
