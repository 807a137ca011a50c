package de.willkommenvorort.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The submissions (new offers, events and revisions) waiting for review: how many, how long the
 * oldest has waited, and how many fall into each age class.
 */
public record ReviewQueue(long waiting, Optional<Duration> oldest, Map<Age, Long> byAge) {

    /** Age classes of a waiting submission in whole days, from (inclusive) to (exclusive), youngest first. */
    public enum Age {
        UNDER_ONE_DAY(0, 1), ONE_TO_THREE_DAYS(1, 3), THREE_TO_SEVEN_DAYS(3, 7), OVER_SEVEN_DAYS(7, Integer.MAX_VALUE);

        private final int fromDays;
        private final int toDays;

        Age(int fromDays, int toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        public int fromDays() {
            return fromDays;
        }

        /** {@link Integer#MAX_VALUE} for the open-ended last class. */
        public int toDays() {
            return toDays;
        }
    }

    public ReviewQueue {
        byAge = Map.copyOf(byAge);
    }

    public long count(Age age) {
        return byAge.getOrDefault(age, 0L);
    }
}
