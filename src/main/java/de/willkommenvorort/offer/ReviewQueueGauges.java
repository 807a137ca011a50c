package de.willkommenvorort.offer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The review queue for Prometheus: how many submissions wait ({@code wvo_review_queue}) and how
 * long the oldest has waited ({@code wvo_review_queue_oldest_seconds}, 0 when none waits). Every
 * scrape of every instance would ask the database; the answer is reused for a few seconds, as a
 * queue that staff work through in days needs no fresher figure.
 */
@Component
class ReviewQueueGauges {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Reading(long count, Duration oldest, Instant at) {
    }

    private final OfferRepository offers;
    private final Clock clock;
    private volatile Reading last;

    ReviewQueueGauges(OfferRepository offers, Clock clock, MeterRegistry meters) {
        this.offers = offers;
        this.clock = clock;
        Gauge.builder("wvo.review.queue", this, gauges -> gauges.reading().count())
                .description("Submissions (offers, events, revisions) waiting for review").register(meters);
        Gauge.builder("wvo.review.queue.oldest", this, gauges -> gauges.reading().oldest().toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest submission has waited for review")
                .register(meters);
    }

    private Reading reading() {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading == null || reading.at().plus(FRESH).isBefore(now)) {
            synchronized (this) {
                reading = last;
                if (reading == null || reading.at().plus(FRESH).isBefore(now)) {
                    OfferRepository.Waiting waiting = offers.waiting();
                    Duration oldest = waiting.getOldest() == null ? Duration.ZERO
                            : Duration.between(waiting.getOldest(), now);
                    reading = new Reading(waiting.getCount(), oldest.isNegative() ? Duration.ZERO : oldest, now);
                    last = reading;
                }
            }
        }
        return reading;
    }
}
