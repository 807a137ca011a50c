package de.willkommenvorort.mail;

import de.willkommenvorort.base.Recent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The mail outbox for Prometheus: mail waiting to be sent ({@code wvo_mail_waiting}), waiting after
 * a failed try ({@code wvo_mail_delayed}: the mail server fails, or did) and given up on
 * ({@code wvo_mail_failed}: staff must act at /staff/mail). One reading of the table serves the
 * scrapes of a few seconds, as for the review queue.
 */
@Component
class MailGauges {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Counts(long waiting, long delayed, long failed) {
    }

    private final Recent<Counts> counts;

    MailGauges(MailOutbox outbox, Clock clock, MeterRegistry meters) {
        this.counts = new Recent<>(clock, FRESH, () -> new Counts(outbox.waiting(), outbox.delayed(), outbox.failed()));
        Gauge.builder("wvo.mail.waiting", counts, recent -> recent.get().waiting())
                .description("Mail in the outbox not sent yet").register(meters);
        Gauge.builder("wvo.mail.delayed", counts, recent -> recent.get().delayed())
                .description("Mail waiting after at least one failed try").register(meters);
        Gauge.builder("wvo.mail.failed", counts, recent -> recent.get().failed())
                .description("Mail given up on, for staff to try again or discard").register(meters);
    }
}
