package de.willkommenvorort.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.info.InfoTextInput;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestInfoPages;
import de.willkommenvorort.support.TestOffers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The dashboard's figures against data the test makes, the k ≥ 5 rule, and who may read them. */
@AppTest
@WithMockUser(roles = AppRoles.MODERATOR)
class DashboardIT {

    @Autowired
    CountyFigures figures;
    @Autowired
    ServedLanguages served;
    @Autowired
    TestOffers testOffers;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestInfoPages infoPages;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void published_offers_are_counted_per_building_block_and_place_with_online_as_its_own_place() {
        MunicipalityRef village = newMunicipality();
        Map<BuildingBlock, Long> blocksBefore = perBlock();
        long onlineBefore = online();

        publish(inPlace(draft("integration-course"), village));
        publish(inPlace(draft("language-cafe"), village));
        publish(online(draft("job-centre")));
        SystemActor.run(() -> review.submit(review.saveDraft(inPlace(draft("sports-club"), village))));

        Map<BuildingBlock, Long> blocksAfter = perBlock();
        assertThat(blocksAfter.get(BuildingBlock.EDUCATION) - blocksBefore.get(BuildingBlock.EDUCATION)).isEqualTo(2);
        assertThat(blocksAfter.get(BuildingBlock.WORK) - blocksBefore.get(BuildingBlock.WORK)).isEqualTo(1);
        // Submitted, not published: not counted.
        assertThat(blocksAfter.get(BuildingBlock.PARTICIPATION)).isEqualTo(blocksBefore.get(BuildingBlock.PARTICIPATION));
        assertThat(figures.offersPerPlace()).contains(new PlaceCount(Optional.of(village.name()), 2));
        assertThat(online() - onlineBefore).isEqualTo(1);
    }

    @Test
    void a_municipality_without_offers_shows_with_zero() {
        MunicipalityRef empty = newMunicipality();
        assertThat(figures.offersPerPlace()).contains(new PlaceCount(Optional.of(empty.name()), 0));
    }

    @Test
    void the_queue_counts_submissions_by_how_long_they_wait() {
        ReviewQueue before = figures.reviewQueue();
        long fresh = submitted();
        long old = submitted();
        LocalDateTime fiveDaysAgo = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(5)), ZoneOffset.UTC);
        jdbc.update("UPDATE offer SET submitted_at = ? WHERE id = ?", fiveDaysAgo, old);

        ReviewQueue after = figures.reviewQueue();
        assertThat(after.waiting() - before.waiting()).isEqualTo(2);
        assertThat(after.count(ReviewQueue.Age.UNDER_ONE_DAY) - before.count(ReviewQueue.Age.UNDER_ONE_DAY)).isEqualTo(1);
        assertThat(after.count(ReviewQueue.Age.THREE_TO_SEVEN_DAYS) - before.count(ReviewQueue.Age.THREE_TO_SEVEN_DAYS))
                .isEqualTo(1);
        assertThat(after.oldest()).hasValueSatisfying(age -> assertThat(age).isGreaterThanOrEqualTo(Duration.ofDays(5)));
        assertThat(fresh).isNotEqualTo(old);

        SystemActor.run(() -> review.publish(old));
        assertThat(figures.reviewQueue().count(ReviewQueue.Age.THREE_TO_SEVEN_DAYS))
                .isEqualTo(before.count(ReviewQueue.Age.THREE_TO_SEVEN_DAYS));
    }

    @Test
    void open_reports_are_counted_and_an_offer_with_two_is_flagged() {
        OpenReports before = figures.openReports();
        long twice = publish(draft("health"));
        long once = publish(draft("health"));
        report(twice, false);
        report(twice, false);
        report(once, false);
        report(once, true);

        OpenReports after = figures.openReports();
        assertThat(after.open() - before.open()).isEqualTo(3);
        assertThat(after.flaggedOffers() - before.flaggedOffers()).isEqualTo(1);
    }

    @Test
    void translation_coverage_counts_current_and_outdated_texts_of_published_offers() {
        Map<String, Coverage> before = coverage(BuildingBlock.WORK);
        Offer offer = testOffers.draft("recognition", Map.of("de", "Anerkennung", "uk", "Визнання", "ar", "الاعتراف"));
        long id = publish(offer);
        jdbc.update("UPDATE offer_text SET status = 'OUTDATED' WHERE offer_id = ? AND language = 'ar'", id);
        SystemActor.run(() -> review.submit(review.saveDraft(
                testOffers.draft("recognition", Map.of("de", "Nur eingereicht", "ti", "ኣፍልጦ")))));

        Map<String, Coverage> after = coverage(BuildingBlock.WORK);
        assertThat(after.get("de").published() - before.get("de").published()).isEqualTo(1);
        assertThat(after.get("uk").current() - before.get("uk").current()).isEqualTo(1);
        assertThat(after.get("ar").outdated() - before.get("ar").outdated()).isEqualTo(1);
        assertThat(after.get("ar").current()).isEqualTo(before.get("ar").current());
        // The submitted offer's Tigrinya text is not public, so it does not count.
        assertThat(after.get("ti").current()).isEqualTo(before.get("ti").current());
        Coverage german = after.get("de");
        assertThat(german.currentShare()).isEqualTo((double) german.current() / german.published());
    }

    @Test
    void info_page_coverage_compares_each_translation_with_the_approved_german_in_the_database() {
        Map<String, Coverage> before = infoCoverage();
        long germanInBlocksBefore = germanInBlocks();
        long page = infoPages.published("Kita " + TestOffers.uniqueWord(), "Anmeldung im Rathaus – früh.", Map.of(
                Language.get("en"), new InfoTextInput("Kita", "Register at the town hall – early."),
                Language.get("uk"), new InfoTextInput("Кіта", "Реєстрація в ратуші – рано.")));
        // As if the German had changed after the Ukrainian was made from it.
        jdbc.update("UPDATE info_page_published_text SET source_hash = SHA2('older German', 256)"
                + " WHERE page_id = ? AND language = 'uk'", page);

        Map<String, Coverage> after = infoCoverage();
        assertThat(after.get("de").published() - before.get("de").published()).isEqualTo(1);
        assertThat(after.get("de").current() - before.get("de").current()).isEqualTo(1);
        assertThat(after.get("en").current() - before.get("en").current())
                .as("the hash the database computes is the one the info feature stores").isEqualTo(1);
        assertThat(after.get("uk").outdated() - before.get("uk").outdated()).isEqualTo(1);
        assertThat(after.get("uk").current()).isEqualTo(before.get("uk").current());
        assertThat(after.get("ar").current()).isEqualTo(before.get("ar").current());
        assertThat(germanInBlocks()).as("a page of no building block counts for the whole county only")
                .isEqualTo(germanInBlocksBefore);
    }

    @Test
    void found_nothing_shows_only_groups_of_at_least_five_and_sums_the_rest_without_breakdown() {
        MunicipalityRef village = newMunicipality();
        long smallerBefore = figures.foundNothing(SearchPeriod.LAST_30_DAYS).smallerGroups();
        LocalDate today = LocalDate.now(clock);
        searches(4, "EDUCATION", village, "ti", today);
        searches(5, "WORK", village, "ti", today);
        searches(3, null, village, "ar", today);
        searches(6, "PARTICIPATION", village, "ti", today.minusDays(60));

        FoundNothing found = figures.foundNothing(SearchPeriod.LAST_30_DAYS);
        List<FoundNothing.Group> here = found.groups().stream()
                .filter(g -> g.municipality().equals(Optional.of(village.name()))).toList();
        assertThat(here).containsExactly(
                new FoundNothing.Group(Optional.of(BuildingBlock.WORK), Optional.of(village.name()), "ti", 5));
        assertThat(found.groups()).allSatisfy(g -> assertThat(g.searches()).isGreaterThanOrEqualTo(FoundNothing.K));
        assertThat(found.smallerGroups() - smallerBefore).isEqualTo(4 + 3);

        FoundNothing longer = figures.foundNothing(SearchPeriod.LAST_90_DAYS);
        assertThat(longer.groups()).contains(new FoundNothing.Group(Optional.of(BuildingBlock.PARTICIPATION),
                Optional.of(village.name()), "ti", 6));
    }

    @Test
    void a_provider_may_read_none_of_the_figures() {
        TestAccounts.signIn(testAccounts.provider("de"));
        try {
            List<Runnable> calls = List.of(figures::offersPerBlock, figures::offersPerPlace, figures::reviewQueue,
                    figures::openReports, figures::translationCoverage,
                    () -> figures.foundNothing(SearchPeriod.LAST_30_DAYS));
            for (Runnable call : calls) {
                assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            }
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void an_administrator_may_read_them() {
        assertThat(figures.offersPerBlock()).hasSize(BuildingBlock.values().length);
        assertThat(figures.translationCoverage()).hasSize(served.all().size() * (BuildingBlock.values().length + 1));
    }

    private Offer draft(String category) {
        return testOffers.draft(category, Map.of("de", "Angebot " + TestOffers.uniqueWord()));
    }

    private static Offer inPlace(Offer offer, MunicipalityRef place) {
        offer.placeAt(place.id(), "Dorfstraße 1", place.postalCode(), place.name(), null, null);
        return offer;
    }

    private static Offer online(Offer offer) {
        offer.placeOnline();
        return offer;
    }

    private long publish(Offer offer) {
        return SystemActor.call(() -> {
            long id = review.saveDraft(offer);
            review.submit(id);
            review.publish(id);
            return id;
        });
    }

    private long submitted() {
        return SystemActor.call(() -> {
            long id = review.saveDraft(draft("mentoring"));
            review.submit(id);
            return id;
        });
    }

    private MunicipalityRef newMunicipality() {
        return SystemActor.call(() -> municipalities.add("Testdorf " + TestOffers.uniqueWord(), "36999", null, null));
    }

    private Map<BuildingBlock, Long> perBlock() {
        return figures.offersPerBlock().stream().collect(Collectors.toMap(BlockCount::block, BlockCount::offers));
    }

    private long online() {
        return figures.offersPerPlace().stream().filter(PlaceCount::online).findFirst().orElseThrow().offers();
    }

    private long germanInBlocks() {
        return figures.infoPageCoverage().stream().filter(c -> c.block().isPresent() && c.language().code().equals("de"))
                .mapToLong(Coverage::published).sum();
    }

    private Map<String, Coverage> infoCoverage() {
        return figures.infoPageCoverage().stream().filter(c -> c.block().isEmpty())
                .collect(Collectors.toMap(c -> c.language().code(), Function.identity()));
    }

    private Map<String, Coverage> coverage(BuildingBlock block) {
        return figures.translationCoverage().stream().filter(c -> c.block().equals(Optional.of(block)))
                .collect(Collectors.toMap(c -> c.language().code(), Function.identity()));
    }

    private void report(long offerId, boolean resolved) {
        jdbc.update("INSERT INTO offer_report (offer_id, kind, language, created_at, resolved_at) VALUES (?, ?, ?, ?, ?)",
                offerId, "WRONG_OR_OUTDATED", "de", LocalDateTime.now(clock),
                resolved ? LocalDateTime.now(clock) : null);
    }

    private void searches(int count, String block, MunicipalityRef place, String language, LocalDate day) {
        for (int i = 0; i < count; i++) {
            jdbc.update("INSERT INTO found_nothing (searched_on, query, building_block, municipality_id, language)"
                    + " VALUES (?, ?, ?, ?, ?)", day, "Kurs", block, place.id(), language);
        }
    }
}
