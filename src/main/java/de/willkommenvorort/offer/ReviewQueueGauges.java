package de.willkommenvorort.offer;

import de.willkommenvorort.base.Recent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
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

    private record Reading(long count, Duration oldest) {
    }

    private final Recent<Reading> reading;

    ReviewQueueGauges(OfferRepository offers, Clock clock, MeterRegistry meters) {
        this.reading = new Recent<>(clock, FRESH, () -> {
            OfferRepository.Waiting waiting = offers.waiting();
            Duration oldest = waiting.getOldest() == null ? Duration.ZERO
                    : Duration.between(waiting.getOldest(), clock.instant());
            return new Reading(waiting.getCount(), oldest.isNegative() ? Duration.ZERO : oldest);
        });
        Gauge.builder("wvo.review.queue", reading, recent -> recent.get().count())
                .description("Submissions (offers, events, revisions) waiting for review").register(meters);
        Gauge.builder("wvo.review.queue.oldest", reading, recent -> recent.get().oldest().toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest submission has waited for review")
                .register(meters);
    }
}
