package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** OfferDetails.of serves the public page and a provider's preview of an unsaved draft alike. */
class OfferDetailsTest {

    private static Offer draft() {
        Offer offer = new Offer(3, 7, "ar", Cost.FREE);
        offer.placeAt(11, "Marktplatz 1", "36251", "Bad Hersfeld", new BigDecimal("50.87"), new BigDecimal("9.70"));
        offer.setContact("06621 1234", "info@verein.de", "https://verein.de");
        return offer;
    }

    @Test
    void an_unsaved_draft_shows_its_text_in_the_wanted_language_else_german_else_the_original() {
        Offer offer = draft();
        offer.putText("ar", new OfferText("مقهى اللغة", "ملخص", "وصف"));
        offer.putText("de", new OfferText("Sprachcafé", "Kurz", "Lang"));

        OfferDetails arabic = OfferDetails.of(offer, "ar");
        assertThat(arabic.id()).as("not saved yet").isZero();
        assertThat(arabic.title()).isEqualTo("مقهى اللغة");
        assertThat(arabic.textLanguage()).isEqualTo("ar");
        assertThat(arabic.providerId()).isEqualTo(7);
        assertThat(arabic.categoryId()).isEqualTo(3);
        assertThat(arabic.municipalityId()).contains(11L);
        assertThat(arabic.website()).contains("https://verein.de");

        assertThat(OfferDetails.of(offer, "uk").textLanguage()).as("German before the original").isEqualTo("de");
    }

    @Test
    void what_to_bring_comes_with_the_text_else_from_the_next_language_the_reader_reads_that_has_one() {
        Offer offer = draft();
        offer.putText("ar", new OfferText("مقهى اللغة", "ملخص", "وصف", "جواز السفر"));
        offer.putText("de", new OfferText("Sprachcafé", "Kurz", "Lang", "Pass"));
        offer.putText("uk", new OfferText("Мовне кафе", "Коротко", "", " "));

        OfferDetails arabic = OfferDetails.of(offer, "ar");
        assertThat(arabic.whatToBring()).isEqualTo("جواز السفر");
        assertThat(arabic.whatToBringLanguage()).isEqualTo("ar");
        OfferDetails ukrainian = OfferDetails.of(offer, "uk");
        assertThat(ukrainian.textLanguage()).isEqualTo("uk");
        assertThat(ukrainian.whatToBring()).as("the Ukrainian text has none: German's").isEqualTo("Pass");
        assertThat(ukrainian.whatToBringLanguage()).isEqualTo("de");

        offer.putText("de", new OfferText("Sprachcafé", "Kurz", "Lang"));
        assertThat(OfferDetails.of(offer, "uk").whatToBring()).as("German has none: the original's")
                .isEqualTo("جواز السفر");
        offer.putText("ar", new OfferText("مقهى اللغة", "ملخص", "وصف"));
        assertThat(OfferDetails.of(offer, "uk").whatToBring()).isEmpty();
        assertThat(OfferDetails.of(offer, "uk").whatToBringLanguage()).isEqualTo("uk");
    }

    @Test
    void a_draft_without_any_text_yet_shows_empty_texts() {
        OfferDetails details = OfferDetails.of(draft(), "de");
        assertThat(details.title()).isEmpty();
        assertThat(details.summary()).isEmpty();
        assertThat(details.description()).isEmpty();
        assertThat(details.whatToBring()).isEmpty();
        assertThat(details.textLanguage()).isEqualTo("ar");
    }
}
