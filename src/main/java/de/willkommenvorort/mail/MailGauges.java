package de.willkommenvorort.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private record Reading(long waiting, long delayed, long failed, Instant at) {
    }

    private final MailOutbox outbox;
    private final Clock clock;
    private volatile Reading last;

    MailGauges(MailOutbox outbox, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("wvo.mail.waiting", this, gauges -> gauges.reading().waiting())
                .description("Mail in the outbox not sent yet").register(meters);
        Gauge.builder("wvo.mail.delayed", this, gauges -> gauges.reading().delayed())
                .description("Mail waiting after at least one failed try").register(meters);
        Gauge.builder("wvo.mail.failed", this, gauges -> gauges.reading().failed())
                .description("Mail given up on, for staff to try again or discard").register(meters);
    }

    private Reading reading() {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading == null || reading.at().plus(FRESH).isBefore(now)) {
            synchronized (this) {
                reading = last;
                if (reading == null || reading.at().plus(FRESH).isBefore(now)) {
                    reading = new Reading(outbox.waiting(), outbox.delayed(), outbox.failed(), now);
                    last = reading;
                }
            }
        }
        return reading;
    }
}
