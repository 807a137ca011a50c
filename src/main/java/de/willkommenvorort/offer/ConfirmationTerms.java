package de.willkommenvorort.offer;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a published offer counts as confirmed, as the county sets it: after
 * {@code wvo.freshness.confirm-months} (12) without a confirmation it is flagged to staff and its
 * provider is asked; {@code wvo.freshness.grace-days} (60) after that, and never sooner than that
 * many days after the asking, it leaves the public list.
 */
@Component
public class ConfirmationTerms {

    private final int months;
    private final int graceDays;

    ConfirmationTerms(@Value("${wvo.freshness.confirm-months:12}") int months,
                      @Value("${wvo.freshness.grace-days:60}") int graceDays) {
        if (months < 1 || graceDays < 1) {
            throw new IllegalArgumentException("wvo.freshness.confirm-months and grace-days must be at least 1");
        }
        this.months = months;
        this.graceDays = graceDays;
    }

    public int months() {
        return months;
    }

    /** Offers last confirmed before this day are flagged today. */
    LocalDate flaggedIfBefore(LocalDate today) {
        return today.minusMonths(months).plusDays(1);
    }

    boolean flagged(LocalDate confirmedOn, LocalDate today) {
        return confirmedOn == null || confirmedOn.isBefore(flaggedIfBefore(today));
    }

    /**
     * The day a flagged offer leaves the public list: the grace period after its term, and never
     * sooner than the grace period after its provider was asked (or, not yet asked, after today).
     */
    LocalDate leavesOn(LocalDate confirmedOn, LocalDate askedOn, LocalDate today) {
        LocalDate byTerm = confirmedOn == null ? today : confirmedOn.plusMonths(months).plusDays(graceDays);
        LocalDate byAsking = (askedOn == null ? today : askedOn).plusDays(graceDays);
        return byTerm.isAfter(byAsking) ? byTerm : byAsking;
    }

    /** Whether a flagged offer, asked on {@code askedOn}, leaves the public list today. */
    boolean due(LocalDate confirmedOn, LocalDate askedOn, LocalDate today) {
        return askedOn != null && flagged(confirmedOn, today) && !today.isBefore(leavesOn(confirmedOn, askedOn, today));
    }
}
