package de.willkommenvorort.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One of a provider's offers in their list: its own state and, for a published offer being
 * edited, the state of the revision. The rejection shown is the one of whichever was sent back.
 */
public record MyOffer(long id, String title, ReviewState state, Optional<ReviewState> revisionState,
                      Optional<RejectionReason> rejectionCode, Optional<String> rejectionNote,
                      Optional<LocalDate> validUntil, Instant updatedAt) {
}
