package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.search.FoundOffers;
import de.willkommenvorort.search.OfferSearch;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import de.willkommenvorort.security.AppRoles;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public list against the real MariaDB with the demo county. */
@AppTest
@WithMockUser(roles = AppRoles.MODERATOR)
class PublicOffersIT {

    @Autowired
    PublicOffers offers;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    TestOffers testOffers;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfferSearch search;

    @Test
    void the_demo_county_has_at_least_sixty_published_offers_in_all_four_building_blocks() {
        assertThat(offers.count(OfferFilter.everything(), "de")).isGreaterThanOrEqualTo(60);
        for (BuildingBlock block : BuildingBlock.values()) {
            assertThat(offers.count(OfferFilter.everything().withBlock(block), "de")).as(block.name()).isGreaterThan(5);
        }
        assertThat(municipalities.all()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void drafts_submitted_and_rejected_offers_are_never_listed_searched_or_opened() {
        record Hidden(long id, String title) {
        }
        List<Hidden> hidden = jdbc.sql("""
                        SELECT o.id, t.title FROM offer o JOIN offer_text t ON t.offer_id = o.id AND t.language = 'de'
                        WHERE o.review_state <> 'PUBLISHED'""")
                .query((rs, n) -> new Hidden(rs.getLong(1), rs.getString(2))).list();
        assertThat(hidden).as("the demo has unpublished offers to hide").hasSizeGreaterThanOrEqualTo(4);

        Set<Long> listed = allIds(OfferFilter.everything(), "de");
        for (Hidden h : hidden) {
            assertThat(listed).doesNotContain(h.id());
            assertThat(offers.published(h.id(), "de")).as("open %s by id", h.title()).isEmpty();
            assertThat(allIds(OfferFilter.everything().withText(h.title()), "de")).doesNotContain(h.id());
        }
    }

    @Test
    void an_offer_becomes_visible_only_when_it_is_published() {
        String word = TestOffers.uniqueWord();
        long id = testOffers.saveDraft(testOffers.draft("language-cafe", Map.of("de", "Sprachcafé " + word)));
        OfferFilter search = OfferFilter.everything().withText(word);
        assertThat(this.search.count(search, "de")).isZero();
        assertThat(offers.published(id, "de")).isEmpty();

        review.submit(id);
        assertThat(this.search.count(search, "de")).isZero();
        assertThat(offers.published(id, "de")).isEmpty();

        review.publish(id);
        assertThat(this.search.count(search, "de")).isEqualTo(1);
        assertThat(offers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).contains(word));
    }

    @Test
    void a_rejected_offer_stays_hidden() {
        String word = TestOffers.uniqueWord();
        long id = testOffers.saveDraft(testOffers.draft("language-cafe", Map.of("de", "Treff " + word)));
        review.submit(id);
        review.reject(id, RejectionReason.INCOMPLETE, "Bitte Zeiten ergänzen");
        assertThat(search.count(OfferFilter.everything().withText(word), "de")).isZero();
        assertThat(offers.published(id, "de")).isEmpty();
    }

    @Test
    void an_offer_past_its_valid_until_date_leaves_the_public_list() {
        String word = TestOffers.uniqueWord();
        Offer offer = testOffers.draft("sports-club", Map.of("de", "Lauftreff " + word));
        offer.setValidUntil(LocalDate.now().minusDays(1));
        long id = testOffers.saveDraft(offer);
        review.submit(id);
        review.publish(id);
        assertThat(search.count(OfferFilter.everything().withText(word), "de")).isZero();
        assertThat(offers.published(id, "de")).isEmpty();
    }

    @Test
    @WithMockUser(roles = AppRoles.PROVIDER)
    void a_provider_cannot_publish() {
        long id = testOffers.saveDraft(testOffers.draft("language-cafe", Map.of("de", "Treff " + TestOffers.uniqueWord())));
        assertThatThrownBy(() -> review.submit(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.publish(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(offers.published(id, "de")).isEmpty();
    }

    @Test
    void free_text_in_arabic_finds_arabic_texts_and_german_ones() {
        // A German word typed in the Arabic UI still finds the German text.
        assertThat(search.count(OfferFilter.everything().withText("Deutschkurs"), "ar")).isPositive();
        String arabicWord = jdbc.sql("""
                        SELECT t.title FROM offer_text t JOIN offer o ON o.id = t.offer_id
                        WHERE t.language = 'ar' AND o.review_state = 'PUBLISHED' ORDER BY o.id LIMIT 1""")
                .query(String.class).single().split("\\s+")[0];
        List<OfferCard> found = all(OfferFilter.everything().withText(arabicWord), "ar");
        assertThat(found).isNotEmpty();
        assertThat(found).anySatisfy(card -> assertThat(card.textLanguage()).isEqualTo("ar"));
    }

    @Test
    void search_ignores_operators_and_finds_nothing_for_nonsense() {
        assertThat(search.count(OfferFilter.everything().withText("deutsch"), "de")).isPositive();
        assertThat(search.count(OfferFilter.everything().withText("+\"Sprach*\" -(@"), "de")).isPositive();
        assertThat(search.count(OfferFilter.everything().withText("xqzvbnm"), "de")).isZero();
    }

    @Test
    void texts_fall_back_to_german_where_no_translation_exists() {
        String word = TestOffers.uniqueWord();
        long id = testOffers.published("health", Map.of("de", "Gesundheit " + word));
        assertThat(offers.published(id, "ti")).hasValueSatisfying(o -> {
            assertThat(o.textLanguage()).isEqualTo("de");
            assertThat(o.title()).contains(word);
        });
        assertThat(all(OfferFilter.everything().withText(word), "ti"))
                .singleElement().satisfies(card -> assertThat(card.textLanguage()).isEqualTo("de"));
    }

    @Test
    void filters_narrow_the_list_to_what_was_asked() {
        MunicipalityRef place = municipalities.all().get(3);
        for (OfferCard card : all(OfferFilter.everything().withMunicipality(place.id()), "de")) {
            assertThat(card.online() || card.municipalityName().orElseThrow().equals(place.name())).isTrue();
        }
        assertThat(all(OfferFilter.everything().withFreeOnly(true), "de"))
                .isNotEmpty().allSatisfy(card -> assertThat(card.cost()).isEqualTo(Cost.FREE));

        int all = offers.count(OfferFilter.everything(), "de");
        int women = offers.count(OfferFilter.everything().withTargetGroup(TargetGroup.WOMEN), "de");
        int tigrinya = offers.count(OfferFilter.everything().withSpokenLanguage("ti"), "de");
        assertThat(women).isPositive().isLessThan(all);
        assertThat(tigrinya).isPositive().isLessThan(all);
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        OfferFilter everything = OfferFilter.everything();
        List<OfferCard> first = offers.page(everything, "de", 0, 20);
        List<OfferCard> second = offers.page(everything, "de", 20, 20);
        assertThat(first).hasSize(20);
        assertThat(second).isNotEmpty();
        Set<Long> ids = new HashSet<>();
        first.forEach(c -> ids.add(c.id()));
        second.forEach(c -> assertThat(ids.add(c.id())).isTrue());
    }

    private List<OfferCard> all(OfferFilter filter, String language) {
        List<OfferCard> cards = new ArrayList<>();
        for (int offset = 0; ; offset += PublicOffers.MAX_PAGE) {
            List<OfferCard> page = search.find(filter, language, offset, PublicOffers.MAX_PAGE).hits().stream()
                    .map(FoundOffers.Hit::card).toList();
            cards.addAll(page);
            if (page.size() < PublicOffers.MAX_PAGE) {
                return cards;
            }
        }
    }

    private Set<Long> allIds(OfferFilter filter, String language) {
        Set<Long> ids = new HashSet<>();
        all(filter, language).forEach(c -> ids.add(c.id()));
        return ids;
    }
}
