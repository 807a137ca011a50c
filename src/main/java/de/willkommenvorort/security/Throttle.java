package de.willkommenvorort.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding window: failed sign-ins per account and
 * per address, registrations per address, messages to providers. In memory: a restart forgets, which errs on the side of
 * letting people in; several app instances each keep their own count.
 */
public final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** When the key may try again, if it has used up its events in the window. */
    public Optional<Instant> blockedUntil(String key) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            drop(recent, clock.instant());
            return recent.size() < limit ? Optional.empty() : Optional.of(recent.peekFirst().plus(window));
        }
    }

    public void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            drop(recent, now);
            recent.addLast(now);
        }
        if (events.size() > 10_000) {
            forgetOld(now);
        }
    }

    public void clear(String key) {
        events.remove(key);
    }

    public void clearAll() {
        events.clear();
    }

    private void drop(Deque<Instant> recent, Instant now) {
        Instant start = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
            recent.pollFirst();
        }
    }

    private void forgetOld(Instant now) {
        events.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                drop(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }
}
