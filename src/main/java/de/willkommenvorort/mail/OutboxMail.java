package de.willkommenvorort.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * A mail not sent yet, as staff see it at /staff/mail: to whom, what, since when, how often it
 * was tried, when next (empty once it failed) and the last error.
 */
public record OutboxMail(long id, String recipient, String subject, String kind, State state, Instant createdAt,
                         int attempts, Optional<Instant> nextAttemptAt, Optional<String> lastError) {

    /** WAITING: is sent, or tried again at its next attempt. FAILED: given up, waits for staff. */
    public enum State {
        WAITING, FAILED
    }
}
