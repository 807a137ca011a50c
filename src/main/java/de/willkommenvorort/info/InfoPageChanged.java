package de.willkommenvorort.info;

import java.time.Instant;

/**
 * Someone else saved or decided on the page after the editor loaded it. Nothing was changed; the
 * editor keeps what was typed and says when the other change happened.
 */
public class InfoPageChanged extends RuntimeException {

    private final Instant changedAt;

    public InfoPageChanged(Instant changedAt) {
        super("The info page was changed at " + changedAt);
        this.changedAt = changedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
