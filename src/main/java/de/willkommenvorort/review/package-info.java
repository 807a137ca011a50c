/**
 * The staff's review workspace: the queue of submitted offers, events and revisions, the second
 * queue of offers that went public without review (trusted providers and calendars) to check
 * afterwards, and one item with everything needed to decide on it. It reads through
 * {@link de.willkommenvorort.offer.OffersInReview}; the decisions themselves, and the rule that
 * nothing goes public unreviewed except by trust, stay with the offer
 * ({@link de.willkommenvorort.offer.ReviewWorkflow}).
 */
package de.willkommenvorort.review;
