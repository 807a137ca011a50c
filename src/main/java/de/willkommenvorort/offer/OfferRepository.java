package de.willkommenvorort.offer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findByIdAndReviewState(long id, ReviewState state);
}
