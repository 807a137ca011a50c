package de.willkommenvorort.find.ui;

import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.offer.EventCard;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.provider.ProviderService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Puts an {@link OfficeCard} together from a published offer; empty for anything not public. */
@Component
class OfficeCards {

    private static final Language GERMAN = Language.get("de");

    private final PublicOffers offers;
    private final PublicEvents events;
    private final ProviderService providers;
    private final PublicAddress address;
    private final TranslationProvider translations;

    OfficeCards(PublicOffers offers, PublicEvents events, ProviderService providers, PublicAddress address,
                TranslationProvider translations) {
        this.offers = offers;
        this.events = events;
        this.providers = providers;
        this.address = address;
        this.translations = translations;
    }

    Optional<OfficeCard> of(long id, Language language) {
        Optional<OfferDetails> mine = offers.published(id, language.code());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<OfficeCard.Side> sides = new ArrayList<>();
        sides.add(side(mine.get(), events.nextDates(id, language.code()), language));
        if (!language.code().equals(GERMAN.code())) {
            Optional<OfferDetails> german = offers.published(id, GERMAN.code());
            if (german.isEmpty()) {
                return Optional.empty();
            }
            sides.add(side(german.get(), events.nextDates(id, GERMAN.code()), GERMAN));
        }
        return Optional.of(new OfficeCard(id, address.of(OfferView.link(id)), mine.get().summary(),
                mine.get().textLanguage(), List.copyOf(sides)));
    }

    private OfficeCard.Side side(OfferDetails offer, List<EventCard> dates, Language in) {
        List<OfficeCard.Fact> facts = new ArrayList<>();
        String town = (offer.postalCode().orElse("") + " " + offer.placeName().orElse("")).strip();
        if (offer.online()) {
            facts.add(new OfficeCard.Fact("where", say(in, "offer.where"), List.of(say(in, "offer.online")), false));
        } else if (!town.isEmpty() || offer.street().isPresent()) {
            // Addresses are German names: they stay as written, left to right.
            facts.add(new OfficeCard.Fact("where", say(in, "offer.where"),
                    List.of(offer.street().map(street -> street + ", " + town).orElse(town)), true));
        }
        List<String> when = new ArrayList<>();
        offer.weeklySlots().stream().sorted(Comparator.naturalOrder()).forEach(slot -> when.add(
                say(in, "offer.hours.slot", LocalFormats.weekday(slot.day(), in),
                        LocalFormats.timeRange(slot.start(), slot.end(), in))));
        dates.stream().filter(date -> !date.cancelled()).forEach(date -> when.add(
                LocalFormats.date(date.date(), in) + ", " + (date.allDay() ? say(in, "events.all-day")
                        : date.end().map(end -> LocalFormats.timeRange(date.start(), end, in))
                        .orElseGet(() -> LocalFormats.time(date.start(), in)))));
        if (offer.appointmentOnly()) {
            when.add(say(in, "offer.appointment"));
        }
        if (!when.isEmpty()) {
            facts.add(new OfficeCard.Fact("when", say(in, "offer.when"), List.copyOf(when), false));
        }
        if (!offer.whatToBring().isBlank()) {
            // The papers the desk will ask for, in the provider's words, lines as written.
            facts.add(new OfficeCard.Fact("what-to-bring", say(in, "offer.what-to-bring"),
                    offer.whatToBring().strip().lines().filter(line -> !line.isBlank()).map(String::strip).toList(),
                    false, Optional.of(offer.whatToBringLanguage())));
        }
        offer.phone().ifPresent(phone ->
                facts.add(new OfficeCard.Fact("phone", say(in, "card.phone"), List.of(phone), true)));
        providers.publicName(offer.providerId()).ifPresent(name ->
                facts.add(new OfficeCard.Fact("provider", say(in, "card.provider"), List.of(name), false)));
        return new OfficeCard.Side(in, say(in, "card.ask"), offer.title(), offer.textLanguage(), List.copyOf(facts));
    }

    private String say(Language in, String key, Object... arguments) {
        return translations.translate(key, in, arguments);
    }
}
