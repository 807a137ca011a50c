package de.willkommenvorort.offer;

import de.willkommenvorort.base.CountyTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a submitted offer or revision public: a new offer is published, a revision is merged into
 * its public offer (and gone). Either staff read it first ({@link #reviewed}), or it comes from a
 * provider or a calendar staff trust and goes public at once, marked for staff to check it
 * afterwards ({@link #unreviewed}); see docs/decisions/044.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Publication {

    private final OfferRepository offers;
    private final ReviewStates states;
    private final Clock clock;

    Publication(OfferRepository offers, ReviewStates states, Clock clock) {
        this.offers = offers;
        this.states = states;
        this.clock = clock;
    }

    /** Staff read it: public now, and whatever of it went public unchecked before is checked. Returns the public id. */
    long reviewed(Offer offer) {
        Offer published = publish(offer, "REVISION_PUBLISHED", "");
        published.checked();
        return published.getId();
    }

    /** Public now without staff reading it first; it waits in the queue of offers to check afterwards. */
    long unreviewed(Offer offer) {
        // Taken before the audit entry is written, so that the entry counts as a change since then.
        Instant now = clock.instant();
        Offer published = publish(offer, "REVISION_PUBLISHED_UNCHECKED", "\nreview: afterwards");
        published.publishedUnchecked(now);
        return published.getId();
    }

    private Offer publish(Offer offer, String revisionAction, String note) {
        if (offer.getRevisionOf() == null) {
            states.move(offer, ReviewState.PUBLISHED, null, null, "", note);
            return offer;
        }
        if (offer.getReviewState() != ReviewState.SUBMITTED) {
            throw new IllegalStateException("Revision " + offer.getId() + " is " + offer.getReviewState() + ", not submitted");
        }
        Offer published = offers.lockById(offer.getRevisionOf()).orElseThrow();
        RevisionDiff diff = RevisionDiff.between(published, offer);
        String before = diff.beforeLines();
        String after = diff.afterLines();
        published.copyContentFrom(offer);
        // Whoever published it read the whole offer again: staff, or the trusted provider who sent it.
        published.confirmed(LocalDate.now(clock.withZone(CountyTime.ZONE)));
        if (published.getReviewState() == ReviewState.EXPIRED) {
            before += "\nstate: " + ReviewState.EXPIRED;
            states.shift(published, ReviewState.PUBLISHED, null, null);
            after += "\nstate: " + ReviewState.PUBLISHED;
        }
        if (note.isEmpty()) {
            // One entry, about the revision: the item the moderator decided on.
            states.record(offer.getId(), revisionAction, "offer " + published.getId(), before, after);
        } else {
            // About the public offer, where staff checking it afterwards read what changed.
            states.record(published.getId(), revisionAction, "revision " + offer.getId(), before, after + note);
        }
        offers.delete(offer);
        return published;
    }
}
