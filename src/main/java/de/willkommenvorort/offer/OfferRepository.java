package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

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
