package de.willkommenvorort.offer;

import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published offers that end soon or that nobody confirmed for long, for staff: so that they can
 * call a provider who did not react to the mail before the nightly job ({@link OfferFreshness})
 * takes the offer off the list, and mark an offer they checked themselves.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class ExpiringOffers {

    public static final int DAYS_AHEAD = 30;

    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    /** One offer that ends soon; {@code reminded}: the reminder for this date went out. */
    public record Expiring(long id, String title, String titleLanguage, String providerName, LocalDate validUntil,
                           boolean reminded) {
    }

    /** One published offer nobody confirmed for long; {@code asked}: its provider was asked. */
    public record Unconfirmed(long id, String title, String titleLanguage, String providerName,
                              LocalDate confirmedOn, LocalDate leavesOn, boolean asked) {
    }

    private final OfferRepository offers;
    private final ProviderService providers;
    private final ReviewStates states;
    private final ConfirmationTerms terms;
    private final Clock clock;

    ExpiringOffers(OfferRepository offers, ProviderService providers, ReviewStates states, ConfirmationTerms terms,
                   Optional<Clock> clock) {
        this.offers = offers;
        this.providers = providers;
        this.states = states;
        this.terms = terms;
        this.clock = clock.orElseGet(() -> Clock.system(COUNTY));
    }

    /** Published offers valid until a day from today to {@link #DAYS_AHEAD} days ahead, soonest first. */
    public List<Expiring> soon(String language) {
        LocalDate today = today();
        return offers.publishedUntilBetween(today, today.plusDays(DAYS_AHEAD)).stream().map(offer -> {
            String titleLanguage = TextChoice.pick(offer.getTexts().keySet(), language, offer.getOriginalLanguage());
            return new Expiring(offer.getId(), offer.getTexts().get(titleLanguage).getTitle(), titleLanguage,
                    providers.publicName(offer.getProviderId()).orElse(""), offer.getValidUntil(),
                    offer.getValidUntil().equals(offer.getRemindedFor()));
        }).toList();
    }

    /** Published offers nobody confirmed for the county's time, longest unconfirmed first. */
    public List<Unconfirmed> unconfirmed(String language) {
        LocalDate today = today();
        return offers.publishedUnconfirmedSince(terms.flaggedIfBefore(today)).stream().map(offer -> {
            String titleLanguage = TextChoice.pick(offer.getTexts().keySet(), language, offer.getOriginalLanguage());
            return new Unconfirmed(offer.getId(), offer.getTexts().get(titleLanguage).getTitle(), titleLanguage,
                    providers.publicName(offer.getProviderId()).orElse(""), offer.getConfirmedOn(),
                    terms.leavesOn(offer.getConfirmedOn(), offer.getConfirmAskedOn(), today),
                    offer.getConfirmAskedOn() != null);
        }).toList();
    }

    /** How many months without a confirmation flag an offer. */
    public int confirmMonths() {
        return terms.months();
    }

    /**
     * Staff checked the published offer (called the provider, looked at the place): it counts as
     * confirmed today, recorded in the audit log under their name. Returns that day.
     */
    @Transactional
    public LocalDate confirm(long offerId) {
        Offer offer = offers.lockById(offerId).filter(o -> o.getReviewState() == ReviewState.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("Only a published offer can be confirmed: " + offerId));
        LocalDate before = offer.getConfirmedOn();
        LocalDate today = today();
        offer.confirmed(today);
        states.record(offerId, "CONFIRMED_BY_STAFF", String.valueOf(today), "confirmed: " + before,
                "confirmed: " + today);
        return today;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COUNTY));
    }
}
