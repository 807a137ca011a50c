package de.willkommenvorort.offer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findByIdAndReviewState(long id, ReviewState state);

    List<Offer> findByEventRuleKindIn(Collection<EventRule.Kind> kinds);
}
