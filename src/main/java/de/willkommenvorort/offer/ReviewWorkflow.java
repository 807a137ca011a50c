package de.willkommenvorort.offer;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.security.AppRoles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's decisions on submitted offers and revisions. Nothing becomes public except through
 * {@link #approve} or {@link #publish(long)}. Providers' own moves (save, submit, withdraw,
 * archive) are in {@link OfferEditing}.
 *
 * <p>A moderator's decision names the version of the item they saw. The item's row is locked
 * first, so two decisions on one item run one after the other; the second finds a newer version
 * and is refused with a {@link DecisionConflict} that says who did what. Each decision or
 * correction writes exactly one audit entry, with before and after, in the same transaction.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class ReviewWorkflow {

    private final OfferRepository offers;
    private final ReviewStates states;
    private final AuditLog audit;
    private final ReviewMail mail;
    private final Publication publication;

    ReviewWorkflow(OfferRepository offers, ReviewStates states, AuditLog audit, ReviewMail mail,
                   Publication publication) {
        this.offers = offers;
        this.states = states;
        this.audit = audit;
        this.mail = mail;
        this.publication = publication;
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

    /** Publishes a submitted offer or revision without a version check: for the demo loader and jobs. */
    public void publish(long offerId) {
        publish(find(offerId));
    }

    public void reject(long offerId, RejectionReason reason, String note) {
        reject(find(offerId), reason, note);
    }

    /** Takes an offer out of use for good: it leaves the public pages and the search at once. */
    public void archive(long offerId) {
        archive(find(offerId));
    }

    /**
     * Approves what the moderator saw: a new offer is published; a revision is merged into its
     * published offer. Returns the id of the public offer.
     */
    public long approve(long offerId, long seenVersion) {
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.SUBMITTED);
        return publish(offer);
    }

    /** Rejects with a reason code (the provider reads it in their language) and an optional note. */
    public void reject(long offerId, long seenVersion, RejectionReason reason, String note) {
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.SUBMITTED);
        reject(offer, reason, note);
    }

    /**
     * Sends a submission back to its provider as a draft, with a note saying what to change; the
     * provider reads it in their list, edits and submits again.
     */
    public void sendBack(long offerId, long seenVersion, String note) {
        String cleaned = blankToNull(note);
        if (cleaned == null) {
            throw new InvalidInput(Map.of("note", "review.decision.note-required"));
        }
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.SUBMITTED);
        states.move(offer, ReviewState.DRAFT, null, cleaned);
        mail.send(offer, "review.mail.sent-back", null, cleaned);
    }

    /**
     * Takes a published offer off the public pages at once, with a reason. It becomes REJECTED,
     * so the provider sees the reason in their list and may edit and submit it again; an open
     * revision of it is discarded with it (recorded in the same entry).
     */
    public void unpublish(long offerId, long seenVersion, RejectionReason reason, String note) {
        if (reason == null) {
            throw new InvalidInput(Map.of("reason", "review.decision.reason-required"));
        }
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.PUBLISHED);
        Optional<Offer> revision = offers.findByRevisionOf(offerId);
        revision.ifPresent(offers::delete);
        states.move(offer, ReviewState.REJECTED, reason, blankToNull(note),
                revision.map(r -> "\nrevision: " + r.getId()).orElse(""),
                revision.map(r -> "\nrevision: discarded").orElse(""));
        mail.send(offer, "review.mail.unpublished", reason, blankToNull(note));
    }

    /**
     * Staff read an offer that went public without review (from a trusted provider or calendar) as
     * it is now: it stays public and leaves the queue of offers to check afterwards. To take it
     * off instead, staff {@link #unpublish} it.
     */
    public void check(long offerId, long seenVersion) {
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.PUBLISHED);
        Instant since = offer.getUncheckedSince()
                .orElseThrow(() -> new IllegalStateException("Offer " + offerId + " has nothing to check"));
        offer.checked();
        offer.confirmed(LocalDate.now(CountyTime.ZONE));
        states.record(offerId, "OFFER_CHECKED", null, "unchecked since: " + since, "checked");
    }

    /** Archives an offer for good (not a revision: a revision is rejected instead). */
    public void archive(long offerId, long seenVersion) {
        archive(decided(offerId, seenVersion));
    }

    /**
     * Staff's correction of one language's texts of a submitted item, before approving it. Saved
     * on the item and recorded as the moderator's, with the words before and after. Returns the
     * item's new version, which the moderator's next decision names.
     */
    public long correctText(long offerId, long seenVersion, String language, String title, String summary,
                            String description, String whatToBring) {
        Map<String, String> problems = new LinkedHashMap<>();
        OfferValidation.limit(problems, "title", strip(title), OfferText.TITLE_MAX, true);
        OfferValidation.limit(problems, "summary", strip(summary), OfferText.SUMMARY_MAX, true);
        OfferValidation.limit(problems, "description", strip(description), OfferText.DESCRIPTION_MAX, false);
        OfferValidation.limit(problems, "whatToBring", strip(whatToBring), OfferText.WHAT_TO_BRING_MAX, false);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Offer offer = decided(offerId, seenVersion);
        requireState(offer, ReviewState.SUBMITTED);
        OfferText old = offer.getTexts().get(language);
        if (old == null) {
            throw new IllegalArgumentException("The offer has no text in " + language);
        }
        OfferText corrected = new OfferText(strip(title), strip(summary), strip(description), strip(whatToBring));
        if (old.sameWords(corrected)) {
            return offer.getVersion();
        }
        String before = old.auditLines(language, corrected);
        offer.correctText(language, corrected);
        states.record(offerId, "TEXT_CORRECTED", language, before, corrected.auditLines(language, old));
        offers.flush();
        return offer.getVersion();
    }

    private long publish(Offer offer) {
        return publication.reviewed(offer);
    }

    private void reject(Offer offer, RejectionReason reason, String note) {
        if (reason == null) {
            throw new InvalidInput(Map.of("reason", "review.decision.reason-required"));
        }
        states.move(offer, ReviewState.REJECTED, reason, blankToNull(note));
        mail.send(offer, "review.mail.rejected", reason, blankToNull(note));
    }

    private void archive(Offer offer) {
        if (offer.getRevisionOf() != null) {
            throw new IllegalStateException("A revision is rejected, not archived");
        }
        Optional<Offer> revision = offers.findByRevisionOf(offer.getId());
        revision.ifPresent(offers::delete);
        states.move(offer, ReviewState.ARCHIVED, null, null,
                revision.map(r -> "\nrevision: " + r.getId()).orElse(""),
                revision.map(r -> "\nrevision: discarded").orElse(""));
    }

    /**
     * The item, locked for this transaction, if it is still the version the moderator saw;
     * otherwise a {@link DecisionConflict} naming the last change from the audit trail.
     */
    private Offer decided(long offerId, long seenVersion) {
        Optional<Offer> offer = offers.lockById(offerId);
        if (offer.isPresent() && offer.get().getVersion() == seenVersion) {
            return offer.get();
        }
        List<AuditEntry> trail = audit.about("offer", offerId);
        Optional<DecisionConflict.LastChange> last = trail.isEmpty() ? Optional.empty()
                : Optional.of(trail.getLast()).map(e -> new DecisionConflict.LastChange(e.getActor(), e.getAction(),
                        e.getAt()));
        throw new DecisionConflict(offerId, offer.map(Offer::getReviewState), last);
    }

    private static void requireState(Offer offer, ReviewState state) {
        if (offer.getReviewState() != state) {
            throw new IllegalStateException("Offer " + offer.getId() + " is " + offer.getReviewState() + ", not " + state);
        }
    }

    private Offer find(long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new IllegalArgumentException("No offer " + offerId));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
