package de.willkommenvorort.report;

import java.time.Instant;

/** Someone else resolved the report first; nothing was changed. */
public class AlreadyResolved extends RuntimeException {

    private final String by;
    private final Instant at;

    public AlreadyResolved(String by, Instant at) {
        super("Already resolved by " + by + " at " + at);
        this.by = by;
        this.at = at;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
