package de.willkommenvorort.offer;

import java.time.Instant;
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

    /** What went public without review and waits for staff to check it, the longest waiting first. */
    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.uncheckedSince is not null order by o.uncheckedSince asc, o.id asc""")
    List<Offer> publishedUnchecked();

    @Query("""
            select count(o) from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.uncheckedSince is not null""")
    long countPublishedUnchecked();

    /** How many submissions wait for review, and since when the oldest (older rows lack a submission time). */
    @Query("""
            select count(o) as count, min(coalesce(o.submittedAt, o.updatedAt)) as oldest from Offer o
            where o.reviewState = de.willkommenvorort.offer.ReviewState.SUBMITTED""")
    Waiting waiting();

    interface Waiting {
        long getCount();

        Instant getOldest();
    }

    /** A published offer's German words, all that translators' work reads of it. */
    interface GermanWords {
        Long getId();

        String getOriginalLanguage();

        Instant getPublishedAt();

        String getTitle();

        String getSummary();

        String getDescription();

        /** Null where the German has none. */
        String getWhatToBring();
    }

    /** German words an offer lacks a current translation of, and the status of the one it has. */
    interface WantedWords extends GermanWords {
        /** {@code OUTDATED}, or null where the offer has no text in the language. */
        TextStatus getStatus();
    }

    /**
     * Published offers (not revisions) with a German text, not written in {@code language}, that
     * have no current text in it (none, or an outdated one): oldest published first, the
     * translators' order.
     */
    @Query("""
            select o.id as id, o.originalLanguage as originalLanguage, o.publishedAt as publishedAt,
                   g.title as title, g.summary as summary, g.description as description,
                   g.whatToBring as whatToBring, t.status as status
            from Offer o join o.texts g left join o.texts t on key(t) = ?1
            where key(g) = ?2 and o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.revisionOf is null and o.originalLanguage <> ?1
            and (t.status is null or t.status = de.willkommenvorort.offer.TextStatus.OUTDATED)
            order by o.publishedAt asc, o.id asc""")
    List<WantedWords> wantingTranslation(String language, String german);

    /** The German words of those of these offers that are published and have German. */
    @Query("""
            select o.id as id, o.originalLanguage as originalLanguage, o.publishedAt as publishedAt,
                   g.title as title, g.summary as summary, g.description as description,
                   g.whatToBring as whatToBring
            from Offer o join o.texts g
            where o.id in ?1 and key(g) = ?2 and o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED""")
    List<GermanWords> publishedGerman(Collection<Long> ids, String german);

    /** Those of these offers that are published and have German. */
    @Query("""
            select o.id from Offer o join o.texts g
            where o.id in ?1 and key(g) = ?2 and o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED""")
    List<Long> publishedWithGerman(Collection<Long> ids, String german);

    /** Those of these offers whose text in {@code language} is outdated. */
    @Query("""
            select o.id from Offer o join o.texts t
            where o.id in ?1 and key(t) = ?2 and t.status = de.willkommenvorort.offer.TextStatus.OUTDATED""")
    List<Long> outdatedIn(Collection<Long> ids, String language);

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

    /** Published offers nobody confirmed since before the day (or ever), longest unconfirmed first. */
    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and (o.confirmedOn is null or o.confirmedOn < ?1) order by o.confirmedOn asc, o.id asc""")
    List<Offer> publishedUnconfirmedSince(LocalDate day);

    @Query("select o from Offer o where o.reviewState = ?1 and o.validUntil < ?2")
    List<Offer> validBefore(ReviewState state, LocalDate date);

    @Query("""
            select o from Offer o where o.reviewState = de.willkommenvorort.offer.ReviewState.PUBLISHED
            and o.validUntil between ?1 and ?2 and (o.remindedFor is null or o.remindedFor <> o.validUntil)""")
    List<Offer> dueForReminder(LocalDate from, LocalDate to);

    List<Offer> findByEventRuleKindIn(Collection<EventRule.Kind> kinds);
}
