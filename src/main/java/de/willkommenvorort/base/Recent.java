package de.willkommenvorort.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read again only when the last reading is older than a given time: for figures every
 * scrape of every instance would otherwise ask the database for (review queue, mail outbox).
 */
public final class Recent<T> {

    private record Reading<T>(T value, Instant at) {
    }

    private final Clock clock;
    private final Duration fresh;
    private final Supplier<T> read;
    private volatile Reading<T> last;

    public Recent(Clock clock, Duration fresh, Supplier<T> read) {
        this.clock = clock;
        this.fresh = fresh;
        this.read = read;
    }

    public T get() {
        Instant now = clock.instant();
        Reading<T> reading = last;
        if (reading == null || reading.at().plus(fresh).isBefore(now)) {
            synchronized (this) {
                reading = last;
                if (reading == null || reading.at().plus(fresh).isBefore(now)) {
                    reading = new Reading<>(read.get(), now);
                    last = reading;
                }
            }
        }
        return reading.value();
    }
}
