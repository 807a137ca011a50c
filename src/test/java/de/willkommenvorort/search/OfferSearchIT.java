package de.willkommenvorort.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.offer.EventRule;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferFilter;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.PublicEvents;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Search on the real index and MariaDB, with the demo county: what a newcomer meets. */
@AppTest
class OfferSearchIT {

    @Autowired
    OfferSearch search;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    PublicOffers offers;
    @Autowired
    PublicEvents events;
    @Autowired
    CategoryService categories;
    @Autowired
    TestOffers testOffers;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_misspelt_word_finds_the_offer_with_the_word_marked_as_it_is_written() {
        FoundOffers found = search.find(text("Integrazionskurs"), "de", 0, 5);
        assertThat(found.total()).isGreaterThanOrEqualTo(4);
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.title().matched() || hit.summary().matched()
                || hit.elsewhere().isPresent()).isTrue());
        assertThat(found.hits().getFirst().title().pieces()).contains(new Marked.Piece("Integrationskurs", true));
    }

    @Test
    void an_english_word_under_the_arabic_interface_shows_the_english_text_it_was_found_in() {
        FoundOffers found = search.find(text("swimming"), "ar", 0, 5);
        FoundOffers.Hit hit = found.hits().getFirst();
        assertThat(hit.card().textLanguage()).isEqualTo("ar");
        assertThat(hit.card().title()).contains("السباحة");
        assertThat(hit.elsewhere()).hasValueSatisfying(passage -> {
            assertThat(passage.language()).isEqualTo("en");
            assertThat(passage.text().pieces()).contains(new Marked.Piece("Swimming", true));
        });
    }

    @Test
    void the_word_as_typed_ranks_above_the_same_word_with_a_typing_mistake() {
        // Letters only: a word with digits ("B1", "14") is taken as typed.
        String word = TestOffers.uniqueWord().chars().map(c -> Character.isDigit(c) ? 'g' + c - '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String mistyped = word.substring(0, word.length() - 1) + (word.endsWith("x") ? "y" : "x");
        long typo = testOffers.published("sports-club", Map.of("de", "Lauftreff " + mistyped));
        long exact = testOffers.published("sports-club", Map.of("de", "Lauftreff " + word));
        assertThat(search.find(text(word), "de", 0, 5).hits()).extracting(hit -> hit.card().id())
                .containsExactly(exact, typo);
    }

    @Test
    void a_word_of_an_official_letter_in_another_script_finds_the_offices_it_means() {
        List<String> titles = titles(search.find(text("джобцентр"), "ru", 0, 5));
        // The demo offers have Russian texts: the cards show them (Jobcenter – Geschäftsstelle …,
        // Jobcenter-Sprechstunde …).
        assertThat(titles).anyMatch(t -> t.startsWith("Джобцентр (Jobcenter) – отделение"))
                .anyMatch(t -> t.startsWith("Приём джобцентра"));
    }

    @Test
    void a_hyphenated_word_the_glossary_adds_needs_all_its_parts() {
        // The glossary adds "Job-Center" for "Jobcenter": an offer with only "Job" in its title is
        // not what the newcomer asked for (it was found while any part of the word sufficed).
        long sideJob = testOffers.published("sports-club", Map.of("de", "Job im Vereinsheim " + TestOffers.uniqueWord()));
        FoundOffers found = search.find(text("Jobcenter"), "de", 0, 50);
        assertThat(found.total()).isPositive().isLessThan(50);
        assertThat(found.hits()).extracting(hit -> hit.card().id()).doesNotContain(sideJob);
    }

    @Test
    void nothing_found_offers_a_near_spelling_that_does_find_something() {
        FoundOffers found = search.find(text("Kta"), "de", 0, 5);
        assertThat(found.total()).isZero();
        assertThat(found.suggestion()).hasValue("Kita");
        assertThat(search.count(text(found.suggestion().get()), "de")).isPositive();
        assertThat(search.find(text("xqzvbnm"), "de", 0, 5).suggestion()).isEmpty();
    }

    @Test
    void words_no_offer_has_together_show_the_offers_that_have_most_of_them_and_say_so() {
        FoundOffers found = search.find(text("Hausaufgabenhilfe Wiesental"), "de", 0, 5);
        assertThat(found.partial()).isTrue();
        assertThat(titles(found)).anyMatch(t -> t.startsWith("Hausaufgabenhilfe und Lesepaten"));
        assertThat(search.find(text("Hausaufgabenhilfe Steinfurt"), "de", 0, 5).partial()).isFalse();
    }

    @Test
    void filters_and_counts_are_those_of_the_list() {
        OfferFilter education = text("Kurs").withBlock(BuildingBlock.EDUCATION);
        FoundOffers found = search.find(education, "de", 0, 50);
        assertThat(found.total()).isPositive().isEqualTo(found.hits().size());
        assertThat(found.hits()).allSatisfy(hit -> assertThat(categories.byId(hit.card().categoryId()).orElseThrow()
                .buildingBlock()).isEqualTo(BuildingBlock.EDUCATION));
        assertThat(search.count(education.withFreeOnly(true), "de")).isLessThanOrEqualTo(found.total());
        // Without text the search is the list itself.
        assertThat(search.count(OfferFilter.everything(), "de")).isEqualTo(offers.count(OfferFilter.everything(), "de"));
    }

    @Test
    void the_index_holds_the_published_offers_and_nothing_else() {
        long published = jdbc.sql("SELECT COUNT(*) FROM offer WHERE review_state = 'PUBLISHED'").query(Long.class)
                .single();
        assertThat(indexing.indexed()).isEqualTo(published);
    }

    @Test
    void an_event_leaves_search_when_its_last_coming_date_is_cancelled_and_returns_when_it_is_restored() {
        String word = TestOffers.uniqueWord();
        LocalDate date = events.today().plusDays(3);
        LocalTime start = LocalTime.of(18, 0);
        Offer offer = testOffers.draft("meeting-place", Map.of("de", "Sommerfest " + word));
        offer.scheduleBy(new EventRule.DateList(List.of(new EventRule.Occurrence(date, start, Optional.empty()))),
                events.today());
        long id = testOffers.saveDraft(offer);
        publish(id);
        assertThat(search.count(text(word), "de")).isEqualTo(1);
        assertThat(offers.count(OfferFilter.everything(), "de")).isEqualTo(search.count(OfferFilter.everything(), "de"));

        change(id, o -> o.cancelDate(date, start));
        assertThat(search.count(text(word), "de")).isZero();
        assertThat(offers.published(id, "de")).as("the offer page still says it is cancelled").isPresent();

        change(id, o -> o.restoreDate(date, start));
        assertThat(search.count(text(word), "de")).isEqualTo(1);
    }

    @Test
    void an_offer_is_not_found_after_its_valid_until_date_even_before_the_nightly_expiry_takes_it_out() {
        String word = TestOffers.uniqueWord();
        long id = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + word));
        change(id, o -> o.setValidUntil(events.today()));
        assertThat(search.count(text(word), "de")).as("valid through today").isEqualTo(1);
        change(id, o -> o.setValidUntil(events.today().minusDays(1)));
        assertThat(search.count(text(word), "de")).isZero();
        assertThat(search.find(text("Sprachtreff " + word), "de", 0, 20).hits()).extracting(hit -> hit.card().id())
                .doesNotContain(id);
        change(id, o -> o.setValidUntil(null));
        assertThat(search.count(text(word), "de")).as("valid again, without end").isEqualTo(1);
    }

    @Test
    void the_same_search_within_a_second_is_answered_once_and_a_change_through_the_app_answers_it_anew() {
        String word = TestOffers.uniqueWord();
        long id = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + word));
        FoundOffers first = search.find(text(word), "de", 0, 5);
        assertThat(first.total()).isEqualTo(1);
        assertThat(search.find(text(word), "de", 0, 5)).as("the answer of the last second").isSameAs(first);
        assertThat(search.find(text(word), "uk", 0, 5)).as("another language is another search").isNotSameAs(first);
        change(id, o -> o.setValidUntil(events.today().minusDays(1)));
        assertThat(search.find(text(word), "de", 0, 5).total()).as("answered anew once a change is committed").isZero();
        change(id, o -> o.setValidUntil(null));
        assertThat(search.find(text(word), "de", 0, 5).total()).isEqualTo(1);
    }

    @Test
    void changed_texts_of_a_published_offer_are_searchable_at_once_and_the_old_words_are_gone() {
        String before = TestOffers.uniqueWord();
        String after = TestOffers.uniqueWord();
        long id = testOffers.published("language-cafe", Map.of("de", "Sprachtreff " + before));
        assertThat(titles(search.find(text(before), "de", 0, 5))).containsExactly("Sprachtreff " + before);
        change(id, o -> o.putText("de", new OfferText("Sprachtreff " + after, "Kurz", "Lang")));
        assertThat(search.count(text(after), "de")).isEqualTo(1);
        assertThat(search.count(text(before), "de")).isZero();
        // The card read a moment ago is not shown again: the index knows the offer changed.
        assertThat(titles(search.find(text(after), "de", 0, 5))).containsExactly("Sprachtreff " + after);
    }

    @Test
    @WithMockUser(username = "admin-search", roles = AppRoles.ADMIN)
    void an_administrator_rebuilds_the_index_while_search_keeps_working() throws InterruptedException {
        long indexed = indexing.indexed();
        int before = search.count(text("Deutschkurs"), "de");
        assertThat(indexing.rebuild()).isTrue();
        boolean sawSearchDuringRebuild = false;
        for (int i = 0; i < 600 && indexing.progress().running(); i++) {
            sawSearchDuringRebuild |= search.count(text("Deutschkurs"), "de") == before;
            Thread.sleep(50);
        }
        SearchIndexing.Progress progress = indexing.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.failure()).isEmpty();
        assertThat(progress.done()).isEqualTo(indexed);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(indexing.indexed()).isEqualTo(indexed);
        assertThat(search.count(text("Deutschkurs"), "de")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SEARCH_INDEX_REBUILT'"
                + " AND actor = 'admin-search'").query(Long.class).single()).isEqualTo(1);
        assertThat(sawSearchDuringRebuild || progress.done() > 0).isTrue();
    }

    @Test
    void a_lost_index_is_rebuilt_by_itself() throws InterruptedException {
        long indexed = indexing.indexed();
        Search.mapping(entityManagerFactory).scope(Offer.class).workspace().purge();
        assertThat(indexing.indexed()).isZero();
        indexing.rebuildIfMissing();
        for (int i = 0; i < 600 && SystemActor.call(indexing::progress).running(); i++) {
            Thread.sleep(50);
        }
        assertThat(indexing.indexed()).isEqualTo(indexed);
        assertThat(search.count(text("Deutschkurs"), "de")).isPositive();
    }

    @Test
    @WithMockUser(roles = AppRoles.MODERATOR)
    void only_an_administrator_may_rebuild_the_index() {
        assertThatThrownBy(() -> indexing.rebuild()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indexing.progress()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private void publish(long id) {
        testOffers.submitAndPublish(id);
    }

    private void change(long id, java.util.function.Consumer<Offer> change) {
        transaction.executeWithoutResult(status -> change.accept(entityManager.find(Offer.class, id)));
    }

    private static OfferFilter text(String text) {
        return OfferFilter.everything().withText(text);
    }

    private static List<String> titles(FoundOffers found) {
        return found.hits().stream().map(hit -> hit.card().title()).toList();
    }
}
