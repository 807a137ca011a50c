package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    /** The offer with its row locked until the transaction ends: decisions on one item queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offer o where o.id = ?1")
    Optional<Offer> lockById(long id);

    /** What waits for review, oldest submission first. */
    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.SUBMITTED
            order by o.submittedAt asc, o.id asc""")
    List<Offer> waitingForReview();

    long countByReviewState(ReviewState state);

    /** Published offers (not revisions), oldest published first: the translators' order. */
    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.revisionOf is null order by o.publishedAt asc, o.id asc""")
    List<Offer> publishedOldestFirst();

    /** Published offers whose valid-until date falls in the period, soonest first. */
    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.validUntil between ?1 and ?2 order by o.validUntil asc, o.id asc""")
    List<Offer> publishedUntilBetween(LocalDate from, LocalDate to);

    Optional<Offer> findByIdAndReviewState(long id, ReviewState state);

    /** A provider's own offers, without the revisions of them. */
    @Query("select o from Offer o where o.providerId = ?1 and o.revisionOf is null order by o.updatedAt desc")
    List<Offer> ownedBy(long providerId);

    Optional<Offer> findByRevisionOf(long publishedId);

    @Query("select o from Offer o where o.providerId = ?1 and o.revisionOf is not null")
    List<Offer> revisionsOwnedBy(long providerId);

    List<Offer> findByProviderId(long providerId);

    @Query("select o from Offer o where o.reviewState = ?1 and o.validUntil < ?2")
    List<Offer> validBefore(ReviewState state, LocalDate date);

    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.validUntil between ?1 and ?2 and (o.remindedFor is null or o.remindedFor <> o.validUntil)""")
    List<Offer> dueForReminder(LocalDate from, LocalDate to);

    List<Offer> findByEventRuleKindIn(Collection<EventRule.Kind> kinds);
}
