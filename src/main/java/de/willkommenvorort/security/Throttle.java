package de.willkommenvorort.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code limit} events per key within a sliding window: failed sign-ins per account and
 * per address, registrations per address, messages to providers. Counted in the database, so
 * that several app instances count together and a restart forgets nothing; made by
 * {@link Throttles#of}.
 */
public final class Throttle {

    private final String name;
    private final int limit;
    private final Duration window;
    private final Throttles store;

    Throttle(String name, int limit, Duration window, Throttles store) {
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.store = store;
    }

    /**
     * When the key may try again, if it has used up its events in the window. Callers ask once per
     * attempt: a blocked answer is counted as a refused attempt.
     */
    public Optional<Instant> blockedUntil(String key) {
        Throttles.Recent recent = store.recent(name, key, window);
        if (recent.count() < limit) {
            return Optional.empty();
        }
        store.refused(name);
        return Optional.of(recent.oldest().plus(window));
    }

    /** Counts an event for the key, also when the caller's transaction is rolled back. */
    public void record(String key) {
        store.record(name, key);
    }

    public void clear(String key) {
        store.clear(name, key);
    }

    public void clearAll() {
        store.clearAll(name);
    }
}
