package de.willkommenvorort.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps weekly and monthly series a year ahead. A rule is expanded only up to a year (see
 * {@link EventRule#HORIZON}); every night, series whose expansion from today brings new dates are
 * expanded again, keeping the cancellations and places of dates that remain.
 */
@Service
class EventSeries {

    private static final Logger log = LoggerFactory.getLogger(EventSeries.class);

    private final OfferRepository offers;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EventSeries(OfferRepository offers, Clock clock, TransactionTemplate transaction) {
        this.offers = offers;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Every night, on one instance (the others skip that night's run): the lock is taken before the
     * transaction and held five minutes at least, for instances whose clocks differ a little.
     */
    @Scheduled(cron = "${wvo.events.roll-forward:0 30 3 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "event-series", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void nightly() {
        LockAssert.assertLocked();
        transaction.executeWithoutResult(status -> rollForward());
    }

    int rollForward() {
        LocalDate today = LocalDate.now(clock);
        int extended = 0;
        for (Offer offer : offers.findByEventRuleKindIn(List.of(EventRule.Kind.WEEKLY, EventRule.Kind.MONTHLY))) {
            if (extend(offer, today)) {
                extended++;
            }
        }
        if (extended > 0) {
            log.info("Extended {} event series to {}", extended, today.plus(EventRule.HORIZON));
        }
        return extended;
    }

    /** Expands the offer's rule again if that brings dates it does not have yet. */
    static boolean extend(Offer offer, LocalDate today) {
        EventRule rule = offer.getEventRule().orElseThrow();
        Set<EventRule.Occurrence> stored = offer.getEventDates().stream().map(EventDate::occurrence)
                .collect(Collectors.toSet());
        if (stored.containsAll(rule.occurrences(today))) {
            return false;
        }
        offer.scheduleBy(rule, today);
        return true;
    }
}
