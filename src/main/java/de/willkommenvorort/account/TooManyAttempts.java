package de.willkommenvorort.account;

import java.time.Instant;

/** Refused for now; the person may try again at {@link #until()}. */
public class TooManyAttempts extends RuntimeException {

    private final Instant until;

    public TooManyAttempts(Instant until) {
        super("Too many attempts until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
