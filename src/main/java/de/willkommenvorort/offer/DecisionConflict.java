package de.willkommenvorort.offer;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else acted on the item after the moderator loaded it (another moderator's decision, the
 * provider's withdrawal or edit). Nothing was applied; the moderator is told who did what, from
 * the audit trail, and what the item's state is now (empty: it no longer exists, e.g. a revision
 * that was published into its offer).
 */
public class DecisionConflict extends RuntimeException {

    /** The last entry of the audit trail about the item. */
    public record LastChange(String actor, String action, Instant at) {
    }

    private final transient Optional<ReviewState> currentState;
    private final transient Optional<LastChange> lastChange;

    DecisionConflict(long offerId, Optional<ReviewState> currentState, Optional<LastChange> lastChange) {
        super("Offer " + offerId + " changed meanwhile: " + lastChange.map(LastChange::action).orElse("?"));
        this.currentState = currentState;
        this.lastChange = lastChange;
    }

    public Optional<ReviewState> currentState() {
        return currentState;
    }

    public Optional<LastChange> lastChange() {
        return lastChange;
    }
}
