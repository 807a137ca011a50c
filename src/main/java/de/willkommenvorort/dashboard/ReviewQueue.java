package de.willkommenvorort.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The submissions (new offers, events and revisions) waiting for review: how many, how long the
 * oldest has waited, and how many fall into each age class.
 */
public record ReviewQueue(long waiting, Optional<Duration> oldest, Map<Age, Long> byAge) {

    /** Age classes of a waiting submission, youngest first. */
    public enum Age {
        UNDER_ONE_DAY, ONE_TO_THREE_DAYS, THREE_TO_SEVEN_DAYS, OVER_SEVEN_DAYS
    }

    public ReviewQueue {
        byAge = Map.copyOf(byAge);
    }

    public long count(Age age) {
        return byAge.getOrDefault(age, 0L);
    }
}
