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
 * Published offers that end soon, for staff: so that they can call a provider who did not react to
 * the reminder mail before the nightly job ({@link OfferFreshness}) takes the offer off the list.
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

    private final OfferRepository offers;
    private final ProviderService providers;
    private final Clock clock;

    ExpiringOffers(OfferRepository offers, ProviderService providers, Optional<Clock> clock) {
        this.offers = offers;
        this.providers = providers;
        this.clock = clock.orElseGet(() -> Clock.system(COUNTY));
    }

    /** Published offers valid until a day from today to {@link #DAYS_AHEAD} days ahead, soonest first. */
    public List<Expiring> soon(String language) {
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        return offers.publishedUntilBetween(today, today.plusDays(DAYS_AHEAD)).stream().map(offer -> {
            String titleLanguage = TextChoice.pick(offer.getTexts().keySet(), language, offer.getOriginalLanguage());
            return new Expiring(offer.getId(), offer.getTexts().get(titleLanguage).getTitle(), titleLanguage,
                    providers.publicName(offer.getProviderId()).orElse(""), offer.getValidUntil(),
                    offer.getValidUntil().equals(offer.getRemindedFor()));
        }).toList();
    }
}
