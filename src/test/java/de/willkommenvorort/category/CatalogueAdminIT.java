package de.willkommenvorort.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ReadingOrder;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.county.LanguageAdmin;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.municipality.MunicipalityAdmin;
import de.willkommenvorort.municipality.MunicipalityInput;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityRefused;
import de.willkommenvorort.municipality.MunicipalityRow;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Administrators manage the catalogue: categories with a name per language, municipalities and
 * the languages the county serves. Newcomers see each change at once; each change is one audit
 * entry; nobody else may make them.
 */
@AppTest
class CatalogueAdminIT {

    @Autowired
    CategoryAdmin categoryAdmin;
    @Autowired
    CategoryService categories;
    @Autowired
    MunicipalityAdmin municipalityAdmin;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    LanguageAdmin languageAdmin;
    @Autowired
    ServedLanguages served;
    @Autowired
    AuditLog audit;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestOffers offers;
    @Autowired
    PublicOffers publicOffers;

    /** The other tests share the app: it serves every language again. */
    @AfterEach
    void serve_every_language_again() {
        TestAccounts.signOut();
        SystemActor.run(() -> languageAdmin.serve(new java.util.TreeSet<>(Language.all()), Map.of()));
    }

    @Test
    void the_categories_keep_the_names_they_had_in_the_translation_files_in_all_twelve_languages() {
        assertThat(categories.all()).hasSizeGreaterThanOrEqualTo(24);
        CategoryRef cafe = categories.byCode("language-cafe").orElseThrow();
        assertThat(cafe.name(Language.get("de"))).isEqualTo("Sprachcafé");
        assertThat(cafe.name(Language.get("en"))).isEqualTo("Language café");
        for (String code : List.of("migration-counselling", "integration-course", "recognition", "interfaith")) {
            CategoryRef category = categories.byCode(code).orElseThrow();
            assertThat(category.names().keySet()).as(code).containsExactlyInAnyOrderElementsOf(Stream.of("de", "en", "ar",
                    "fa", "prs", "ps", "ckb", "kmr", "tr", "uk", "ru", "ti").map(Language::get).toList());
        }
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void a_new_category_shows_in_its_building_block_in_the_newcomers_language_and_a_new_name_shows_at_once() {
        String word = TestOffers.uniqueWord().toLowerCase(Locale.ROOT);
        CategoryRef added = categoryAdmin.add(new CategoryInput("", BuildingBlock.WORK, "",
                names("Fahrradwerkstatt " + word, "Велосипедна майстерня " + word)));

        assertThat(added.code()).isEqualTo("fahrradwerkstatt-" + word);
        CategoryRef seen = categories.of(BuildingBlock.WORK).getLast();
        assertThat(seen.id()).as("a new category comes last in its block").isEqualTo(added.id());
        assertThat(seen.name(Language.get("uk"))).isEqualTo("Велосипедна майстерня " + word);
        assertThat(seen.name(Language.get("ar"))).as("no Arabic name yet: German").isEqualTo("Fahrradwerkstatt " + word);
        assertThat(seen.lacksName(Language.get("ar"))).isTrue();
        assertThat(categories.of(BuildingBlock.WELCOME)).extracting(CategoryRef::id).doesNotContain(added.id());

        categoryAdmin.update(added.id(), new CategoryInput(null, BuildingBlock.WORK, "5",
                names("Fahrrad-Reparatur " + word, "Ремонт велосипедів " + word)));
        CategoryRef renamed = categories.byId(added.id()).orElseThrow();
        assertThat(renamed.name(Language.get("uk"))).isEqualTo("Ремонт велосипедів " + word);
        assertThat(renamed.code()).as("the code stays").isEqualTo(added.code());
        assertThat(categories.of(BuildingBlock.WORK).getFirst().id()).as("order 5 comes first").isEqualTo(added.id());

        List<AuditEntry> entries = audit.about("category", added.id());
        assertThat(entries).extracting(AuditEntry::getAction).containsExactly("CATEGORY_ADDED", "CATEGORY_CHANGED");
        assertThat(entries.get(1).getBefore()).contains("name.uk: Велосипедна майстерня " + word);
        assertThat(entries.get(1).getAfter()).contains("name.uk: Ремонт велосипедів " + word, "order: 5");
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void a_retired_category_is_hidden_from_newcomers_but_offers_keep_it_and_it_can_come_back() {
        String word = TestOffers.uniqueWord().toLowerCase(Locale.ROOT);
        CategoryRef added = categoryAdmin.add(new CategoryInput("retire-" + word, BuildingBlock.PARTICIPATION, "",
                names("Schachclub " + word, "")));

        categoryAdmin.setActive(added.id(), false);
        assertThat(categories.of(BuildingBlock.PARTICIPATION)).extracting(CategoryRef::id).doesNotContain(added.id());
        assertThat(categories.all()).extracting(CategoryRef::id).doesNotContain(added.id());
        assertThat(categories.byId(added.id())).as("offers keep their category").isPresent();

        categoryAdmin.setActive(added.id(), false);
        categoryAdmin.setActive(added.id(), true);
        assertThat(categories.of(BuildingBlock.PARTICIPATION)).extracting(CategoryRef::id).contains(added.id());
        assertThat(audit.about("category", added.id())).extracting(AuditEntry::getAction)
                .as("retiring a retired category changes nothing")
                .containsExactly("CATEGORY_ADDED", "CATEGORY_RETIRED", "CATEGORY_REACTIVATED");
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void a_category_without_german_name_with_a_taken_code_or_a_bad_order_is_refused_with_a_message_per_field() {
        assertThatThrownBy(() -> categoryAdmin.add(new CategoryInput("language-cafe", null, "zehn", names(" ", "x"))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "code", "catalogue.category.code.taken",
                                "block", "catalogue.category.block.required",
                                "order", "catalogue.category.order.invalid",
                                "name.de", "catalogue.category.name.required")));
        assertThatThrownBy(() -> categoryAdmin.add(new CategoryInput("Kein Kürzel", BuildingBlock.WORK, "",
                names("Nie gespeichert", ""))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refused -> assertThat(refused.problems()).containsEntry("code", "catalogue.category.code.invalid"));
        assertThat(categories.everything()).noneMatch(c -> c.name(Language.get("de")).equals("Nie gespeichert"));
    }

    @Test
    void a_code_is_made_from_the_german_name() {
        assertThat(CategoryAdmin.codeOf("  Sprachcafé für Kinder & Jugendliche ")).isEqualTo("sprachcafe-fuer-kinder-jugendliche");
        assertThat(CategoryAdmin.codeOf("Straße")).isEqualTo("strasse");
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void municipalities_are_added_and_renamed_an_unused_one_is_deleted_a_used_one_is_kept_with_a_reason() {
        String word = TestOffers.uniqueWord();
        MunicipalityRow added = municipalityAdmin.add(new MunicipalityInput("Zwergenau " + word, "36999", "50,5", "9.25"));
        assertThat(municipalities.all()).extracting(MunicipalityRef::name).contains("Zwergenau " + word);

        municipalityAdmin.update(added.id(), new MunicipalityInput("Zwergenau-Süd " + word, "36998", "", ""));
        assertThat(municipalities.byId(added.id()).orElseThrow())
                .isEqualTo(new MunicipalityRef(added.id(), "Zwergenau-Süd " + word, "36998"));

        municipalityAdmin.delete(added.id());
        assertThat(municipalities.byId(added.id())).isEmpty();
        assertThat(audit.about("municipality", added.id())).extracting(AuditEntry::getAction)
                .containsExactly("MUNICIPALITY_ADDED", "MUNICIPALITY_CHANGED", "MUNICIPALITY_DELETED");

        long used = jdbc.sql("SELECT municipality_id FROM offer WHERE municipality_id IS NOT NULL LIMIT 1")
                .query(Long.class).single();
        assertThatThrownBy(() -> municipalityAdmin.delete(used)).isInstanceOfSatisfying(MunicipalityRefused.class,
                refused -> assertThat(refused.problems()).containsEntry("delete", "catalogue.municipality.in-use"));
        assertThat(municipalities.byId(used)).isPresent();
        assertThat(audit.about("municipality", used)).isEmpty();
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void a_municipality_with_a_taken_name_or_a_bad_postal_code_or_position_is_refused_per_field() {
        String taken = municipalities.all().getFirst().name();
        assertThatThrownBy(() -> municipalityAdmin.add(new MunicipalityInput(taken.toUpperCase(Locale.GERMAN), "3612",
                "91", "abc"))).isInstanceOfSatisfying(MunicipalityRefused.class,
                refused -> assertThat(refused.problems()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "name", "catalogue.municipality.name.taken",
                        "postalCode", "catalogue.municipality.postal-code.invalid",
                        "latitude", "catalogue.municipality.latitude.invalid",
                        "longitude", "catalogue.municipality.longitude.invalid")));
        assertThatThrownBy(() -> municipalityAdmin.add(new MunicipalityInput("Nurbreite", "36100", "50.1", "")))
                .isInstanceOfSatisfying(MunicipalityRefused.class, refused ->
                        assertThat(refused.problems()).containsEntry("longitude", "catalogue.municipality.position.both"));
        assertThat(municipalities.all()).extracting(MunicipalityRef::name).doesNotContain("Nurbreite");
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void languages_no_longer_served_leave_the_picker_and_a_device_that_chose_one_gets_its_browsers_or_german() {
        long before = languageChanges();
        languageAdmin.serve(java.util.Set.of(Language.get("en"), Language.get("uk")));

        assertThat(served.all()).containsExactly(Language.get("de"), Language.get("en"), Language.get("uk"));
        assertThat(LanguagePreference.effective("ar", locales("ar", "en"))).isEqualTo(Language.get("en"));
        assertThat(LanguagePreference.effective("ar", locales("ar"))).isEqualTo(Language.get("de"));
        assertThat(LanguagePreference.effective("uk", locales("ar"))).isEqualTo(Language.get("uk"));

        languageAdmin.serve(java.util.Set.of(Language.get("en"), Language.get("uk")));
        languageAdmin.serve(Set.of());
        assertThat(served.all()).as("German always").containsExactly(Language.get("de"));
        assertThat(languageChanges() - before).as("one entry per change, none without a change").isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void a_county_s_second_choice_comes_before_german_for_readers_of_that_language() {
        Language ti = Language.get("ti");
        Language en = Language.get("en");
        Language ar = Language.get("ar");
        long before = languageChanges();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord(),
                "en", "Language café " + TestOffers.uniqueWord()));
        assertThat(publicOffers.published(offer, "ti").orElseThrow().textLanguage()).as("no choice yet").isEqualTo("de");

        // Ukrainian is not served, so Arabic's second choice is left out.
        languageAdmin.serve(Set.of(en, ti, ar), Map.of(ti, en, ar, Language.get("uk")));
        assertThat(served.secondChoice(ti)).contains(en);
        assertThat(served.secondChoice(ar)).isEmpty();
        assertThat(ReadingOrder.of(ti)).containsExactly(ti, en, Language.SOURCE);
        assertThat(ReadingOrder.of(Language.get("prs"))).containsExactly(Language.get("prs"), Language.get("fa"),
                Language.SOURCE);
        assertThat(publicOffers.published(offer, "ti").orElseThrow().textLanguage()).isEqualTo("en");
        assertThat(languageChanges() - before).isEqualTo(1);

        // Choosing the languages again keeps the second choices; a language no longer served loses its own.
        languageAdmin.serve(Set.of(en, ti));
        assertThat(served.secondChoice(ti)).contains(en);
        languageAdmin.serve(Set.of(ti));
        assertThat(served.secondChoice(ti)).isEmpty();
        assertThat(publicOffers.published(offer, "ti").orElseThrow().textLanguage()).isEqualTo("de");
    }

    @Test
    @WithMockUser(roles = AppRoles.MODERATOR)
    void a_moderator_may_not_change_the_catalogue() {
        refusedEverything();
    }

    @Test
    void a_provider_may_not_change_the_catalogue() {
        TestAccounts.signIn(accounts.provider("de"));
        refusedEverything();
    }

    private void refusedEverything() {
        CategoryInput category = new CategoryInput("", BuildingBlock.WORK, "", names("Verboten", ""));
        MunicipalityInput municipality = new MunicipalityInput("Verbotenhausen", "36100", "", "");
        long someCategory = categories.all().getFirst().id();
        long someMunicipality = municipalities.all().getFirst().id();
        assertThatThrownBy(() -> categoryAdmin.add(category)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categoryAdmin.update(someCategory, category)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categoryAdmin.setActive(someCategory, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalityAdmin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalityAdmin.add(municipality)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalityAdmin.update(someMunicipality, municipality))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalityAdmin.delete(someMunicipality)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> languageAdmin.serve(Set.of(Language.get("en")))).isInstanceOf(AccessDeniedException.class);
        assertThat(categories.byId(someCategory).orElseThrow().active()).isTrue();
        assertThat(served.all()).hasSize(Language.values().length);
    }

    private long languageChanges() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SERVED_LANGUAGES_CHANGED'")
                .query(Long.class).single();
    }

    private static Map<Language, String> names(String german, String ukrainian) {
        Map<Language, String> names = new TreeMap<>();
        names.put(Language.get("de"), german);
        names.put(Language.get("uk"), ukrainian);
        return names;
    }

    private static Enumeration<Locale> locales(String... tags) {
        return Collections.enumeration(Arrays.stream(tags).map(Locale::forLanguageTag).toList());
    }
}
