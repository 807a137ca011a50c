package de.willkommenvorort.offer;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TooManyAttempts;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A newcomer writes to a provider who published no e-mail address. The message is relayed by mail
 * and not stored; the provider's address is never shown. The newcomer's own address, if they give
 * one, becomes the Reply-To, so that the provider can answer.
 */
@Service
@Transactional(readOnly = true)
public class ContactRelay {

    public static final int MESSAGE_MAX = 1000;
    public static final int NAME_MAX = 80;


    private final OfferRepository offers;
    private final PublicOffers publicOffers;
    private final Mailer mailer;
    private final Throttle perAddress;
    private final Throttle perOffer;

    ContactRelay(OfferRepository offers, PublicOffers publicOffers, Mailer mailer, Throttles throttles) {
        this.offers = offers;
        this.publicOffers = publicOffers;
        this.mailer = mailer;
        this.perAddress = throttles.of("message-per-address", 3, Duration.ofHours(1));
        this.perOffer = throttles.of("message-per-offer", 20, Duration.ofDays(1));
    }

    /** Whether the offer is public and can be written to only through the app. */
    public boolean available(long offerId) {
        return publicOffers.published(offerId, Language.SOURCE.code()).map(OfferDetails::contactForm).orElse(false);
    }

    /**
     * Writes the newcomer's message to the provider into the outbox; it leaves right after, or is
     * tried again while the mail server fails.
     */
    @Transactional
    public void send(long offerId, String name, String replyTo, String message, Language language, String clientAddress) {
        if (!available(offerId)) {
            throw new IllegalStateException("Offer " + offerId + " takes no messages");
        }
        perAddress.blockedUntil(clientAddress).or(() -> perOffer.blockedUntil("offer:" + offerId))
                .ifPresent(until -> { throw new TooManyAttempts(until); });
        Map<String, String> problems = new LinkedHashMap<>();
        String text = message == null ? "" : message.strip();
        String sender = name == null ? "" : name.strip();
        String reply = replyTo == null ? "" : replyTo.strip();
        if (text.isEmpty()) {
            problems.put("message", "form.required");
        } else if (text.length() > MESSAGE_MAX) {
            problems.put("message", "form.too-long");
        }
        if (sender.length() > NAME_MAX) {
            problems.put("name", "form.too-long");
        }
        if (!reply.isEmpty() && !Mailer.validAddress(reply)) {
            problems.put("replyTo", "account.email.invalid");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        perAddress.record(clientAddress);
        perOffer.record("offer:" + offerId);
        Offer offer = offers.findById(offerId).orElseThrow();
        Language providerLanguage = Language.ofCode(offer.getOriginalLanguage()).orElse(Language.SOURCE);
        String title = offer.getTexts().get(offer.getOriginalLanguage()).getTitle();
        mailer.send(offer.getEmail(), reply.isEmpty() ? null : reply, providerLanguage, "mail.relay", title,
                sender.isEmpty() ? "–" : sender, reply.isEmpty() ? "–" : reply, text, language.code(),
                mailer.link("/offer/" + offerId));
    }
}
