package de.willkommenvorort.offer;

import java.time.Instant;

/**
 * The offer changed after the editor loaded it (another tab, another person). Nothing was saved;
 * the editor keeps what was typed and says when the other change happened.
 */
public class ConcurrentEdit extends RuntimeException {

    private final Instant changedAt;

    public ConcurrentEdit(Instant changedAt) {
        super("The offer was changed at " + changedAt);
        this.changedAt = changedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
