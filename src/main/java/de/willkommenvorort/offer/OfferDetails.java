package de.willkommenvorort.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a newcomer sees on an offer's page. Category, provider and municipality are ids; the
 * page asks their features for names, the same for a published offer and a provider's preview.
 * {@code whatToBring} is empty when no text has one; it may come from another language than the
 * other words (see {@link #of}), named by {@code whatToBringLanguage}.
 */
public record OfferDetails(
        long id,
        long categoryId,
        long providerId,
        String title,
        String summary,
        String description,
        String textLanguage,
        String whatToBring,
        String whatToBringLanguage,
        Optional<Long> municipalityId,
        boolean online,
        Optional<String> street,
        Optional<String> postalCode,
        Optional<String> placeName,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> website,
        Cost cost,
        boolean registrationRequired,
        boolean childcare,
        boolean wheelchairAccessible,
        boolean appointmentOnly,
        Optional<CourseLevel> courseLevel,
        Optional<LocalDate> nextStart,
        List<WeeklySlot> weeklySlots,
        Set<String> spokenLanguages,
        Set<TargetGroup> targetGroups,
        boolean contactForm,
        Optional<LocalDate> confirmedOn) {

    /**
     * What a newcomer reading {@code language} sees of this offer: their language's text where
     * there is one, else German, else the original. Works for an unsaved draft in an editor too
     * (its id is then 0, a text not yet written is empty), so that a preview shows exactly what
     * the public page will. "What to bring" is taken from the same text; where that text has none
     * (a translation made before the provider added it), from the next language in the reader's
     * order that has one, so that no newcomer misses a paper they need.
     */
    public static OfferDetails of(Offer offer, String language) {
        String textLanguage = TextChoice.pick(offer.getTexts().keySet(), language, offer.getOriginalLanguage());
        OfferText text = offer.getTexts().getOrDefault(textLanguage, new OfferText("", "", ""));
        String bringLanguage = text.getWhatToBring().isBlank() ? TextChoice.pick(offer.getTexts().entrySet().stream()
                .filter(t -> !t.getValue().getWhatToBring().isBlank()).map(java.util.Map.Entry::getKey).toList(),
                language, offer.getOriginalLanguage()) : textLanguage;
        OfferText bring = offer.getTexts().getOrDefault(bringLanguage, text);
        List<WeeklySlot> slots = new ArrayList<>(offer.getWeeklySlots());
        slots.sort(null);
        return new OfferDetails(offer.getId() == null ? 0 : offer.getId(), offer.getCategoryId(),
                offer.getProviderId(), nonNull(text.getTitle()), nonNull(text.getSummary()),
                nonNull(text.getDescription()), textLanguage,
                bring.getWhatToBring(), bring.getWhatToBring().isBlank() ? textLanguage : bringLanguage,
                Optional.ofNullable(offer.getMunicipalityId()), offer.isOnline(),
                Optional.ofNullable(offer.getStreet()), Optional.ofNullable(offer.getPostalCode()),
                Optional.ofNullable(offer.getPlaceName()), Optional.ofNullable(offer.getLatitude()),
                Optional.ofNullable(offer.getLongitude()),
                // A channel the provider keeps private is not part of what newcomers see.
                Optional.ofNullable(offer.isPhonePublic() ? offer.getPhone() : null),
                Optional.ofNullable(offer.isEmailPublic() ? offer.getEmail() : null), Optional.ofNullable(offer.getWebsite()), offer.getCost(),
                offer.isRegistrationRequired(), offer.isChildcare(), offer.isWheelchairAccessible(),
                offer.isAppointmentOnly(), Optional.ofNullable(offer.getCourseLevel()),
                Optional.ofNullable(offer.getNextStart()), List.copyOf(slots),
                Set.copyOf(offer.getSpokenLanguages()), Set.copyOf(offer.getTargetGroups()),
                // Newcomers can write through the app to an address the provider keeps private.
                offer.getEmail() != null && !offer.isEmailPublic(),
                // Only what is public was checked: a draft's preview shows no date.
                Optional.ofNullable(offer.getReviewState() == ReviewState.PUBLISHED ? offer.getConfirmedOn() : null));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
