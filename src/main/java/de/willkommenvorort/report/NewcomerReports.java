package de.willkommenvorort.report;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A newcomer reports a problem with a published offer, without signing in. Nothing that could
 * identify them is stored: the client address only feeds an in-memory counter that limits how
 * many reports one device and one offer can take (decision 014).
 */
@Service
public class NewcomerReports {

    public static final int MESSAGE_MAX = 500;
    /** Reports one address may send per hour. */
    static final int PER_ADDRESS = 5;
    /** Reports one offer may receive per day, so that a flood cannot bury the queue. */
    static final int PER_OFFER = 20;

    private final OfferReportRepository reports;
    private final PublicOffers offers;
    private final Clock clock;
    private final Throttle perAddress;
    private final Throttle perOffer;

    NewcomerReports(OfferReportRepository reports, PublicOffers offers, Clock clock, Throttles throttles) {
        this.reports = reports;
        this.offers = offers;
        this.clock = clock;
        this.perAddress = throttles.of("report-per-address", PER_ADDRESS, Duration.ofHours(1));
        this.perOffer = throttles.of("report-per-offer", PER_OFFER, Duration.ofDays(1));
    }

    /** Whether a newcomer can report this offer: only published, current offers can. */
    public boolean reportable(long offerId) {
        return offers.published(offerId, Language.SOURCE.code()).isPresent();
    }

    /**
     * Stores a report for the staff's queue.
     *
     * @throws IllegalStateException if the offer is not public
     * @throws TooManyAttempts if this address or this offer has had too many reports lately
     * @throws InvalidInput if no kind is chosen or the text is too long; nothing is stored
     */
    @Transactional
    public void submit(long offerId, ReportKind kind, String message, Language language, String clientAddress) {
        if (!reportable(offerId)) {
            throw new IllegalStateException("Offer " + offerId + " cannot be reported");
        }
        String addressKey = "report:" + clientAddress;
        String offerKey = "offer:" + offerId;
        perAddress.blockedUntil(addressKey).or(() -> perOffer.blockedUntil(offerKey))
                .ifPresent(until -> { throw new TooManyAttempts(until); });
        String text = message == null ? "" : message.strip();
        if (kind == null) {
            throw new InvalidInput(Map.of("kind", "report.kind.required"));
        }
        if (text.length() > MESSAGE_MAX) {
            throw new InvalidInput(Map.of("message", "form.too-long"));
        }
        perAddress.record(addressKey);
        perOffer.record(offerKey);
        reports.save(new OfferReport(offerId, kind, text.isEmpty() ? null : text, language.code(), clock.instant()));
    }
}
