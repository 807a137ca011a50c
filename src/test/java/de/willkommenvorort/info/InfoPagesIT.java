package de.willkommenvorort.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff write, review and translate info pages; newcomers only ever read what a second person approved. */
@AppTest
class InfoPagesIT {

    @Autowired
    InfoPageEditing editing;

    @Autowired
    InfoPages pages;

    @Autowired
    AuditLog audit;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_draft_stays_invisible_until_someone_else_approves_it() {
        actAs("anna", AppRoles.MODERATOR);
        String slug = slug();
        long id = editing.create(form(slug, "Sprachcafé", "Jeden Dienstag.", Map.of()));
        assertThat(pages.published(slug, Language.get("de"))).isEmpty();
        assertThat(pages.published(Language.get("de"))).extracting(InfoLink::slug).doesNotContain(slug);

        editing.submit(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).isEmpty();
        assertThatThrownBy(() -> editing.approve(id, version(id))).isInstanceOf(SecondReviewerNeeded.class);
        assertThat(pages.published(slug, Language.get("de"))).isEmpty();

        actAs("ben", AppRoles.MODERATOR);
        editing.approve(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).get().extracting(PublishedInfoPage::title)
                .isEqualTo("Sprachcafé");
        assertThat(pages.published(Language.get("de"))).extracting(InfoLink::slug).contains(slug);
    }

    @Test
    void an_administrator_may_approve_their_own_edit() {
        actAs("clara", AppRoles.ADMIN);
        String slug = slug();
        long id = editing.create(form(slug, "Titel", "Text", Map.of()));
        editing.submit(id, version(id));
        editing.approve(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).isPresent();
    }

    @Test
    void a_change_to_a_live_page_stays_unseen_until_approved_and_unpublishing_hides_it() {
        String slug = slug();
        long id = published(slug, "Alte Fassung", "Alter Text", Map.of());
        actAs("anna", AppRoles.MODERATOR);
        editing.save(id, version(id), form(slug, "Neue Fassung", "Neuer Text", Map.of()));
        editing.submit(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).get().extracting(PublishedInfoPage::title)
                .isEqualTo("Alte Fassung");

        actAs("ben", AppRoles.MODERATOR);
        editing.approve(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).get().extracting(PublishedInfoPage::title)
                .isEqualTo("Neue Fassung");

        editing.unpublish(id, version(id));
        assertThat(pages.published(slug, Language.get("de"))).isEmpty();
        assertThat(editing.details(id)).get().extracting(InfoPageDetails::state).isEqualTo(InfoPageState.DRAFT);
    }

    @Test
    void translation_is_outdated_when_the_german_changes_and_current_again_once_updated() {
        String slug = slug();
        long id = published(slug, "Kita", "Anmeldung bei der Gemeinde.",
                Map.of(Language.get("en"), new InfoTextInput("Kita", "Register with the municipality.")));
        assertThat(editing.details(id).orElseThrow().translations())
                .containsEntry(Language.get("en"), TranslationStatus.CURRENT)
                .containsEntry(Language.get("uk"), TranslationStatus.MISSING);
        assertThat(pages.published(slug, Language.get("en"))).get().extracting(PublishedInfoPage::textLanguage)
                .isEqualTo("en");
        assertThat(pages.published(slug, Language.get("uk"))).get().extracting(PublishedInfoPage::textLanguage)
                .isEqualTo("de");

        actAs("anna", AppRoles.MODERATOR);
        editing.save(id, version(id), form(slug, "Kita", "Anmeldung bei der Gemeinde, früh.",
                Map.of(Language.get("en"), new InfoTextInput("Kita", "Register with the municipality."))));
        assertThat(editing.details(id).orElseThrow().translations()).containsEntry(Language.get("en"), TranslationStatus.OUTDATED);
        assertThat(editing.overview()).filteredOn(p -> p.id() == id).singleElement()
                .extracting(InfoPageSummary::needsAttention).isEqualTo(true);
        approveAsBen(id);
        // The approved English no longer says what the approved German says: the newcomer reads the German.
        assertThat(pages.published(slug, Language.get("en"))).get().extracting(PublishedInfoPage::textLanguage, PublishedInfoPage::body)
                .containsExactly("de", "Anmeldung bei der Gemeinde, früh.");

        actAs("anna", AppRoles.MODERATOR);
        editing.save(id, version(id), form(slug, "Kita", "Anmeldung bei der Gemeinde, früh.",
                Map.of(Language.get("en"), new InfoTextInput("Kita", "Register with the municipality early."))));
        assertThat(editing.details(id).orElseThrow().translations()).containsEntry(Language.get("en"), TranslationStatus.CURRENT);
        approveAsBen(id);
        assertThat(pages.published(slug, Language.get("en"))).get().extracting(PublishedInfoPage::textLanguage, PublishedInfoPage::body)
                .containsExactly("en", "Register with the municipality early.");
    }

    @Test
    void a_dari_reader_reads_the_farsi_page_where_there_is_no_dari_one() {
        String slug = slug();
        published(slug, "Kita", "Anmeldung bei der Gemeinde.",
                Map.of(Language.get("fa"), new InfoTextInput("مهدکودک", "ثبت‌نام در شهرداری.")));
        assertThat(pages.published(slug, Language.get("prs"))).get().extracting(PublishedInfoPage::textLanguage)
                .isEqualTo("fa");
        assertThat(pages.published(slug, Language.get("ps"))).get().extracting(PublishedInfoPage::textLanguage)
                .isEqualTo("de");
    }

    @Test
    void a_building_block_lists_its_published_pages_in_the_newcomers_language_or_german() {
        String slug = slug();
        published(slug, "Arbeiten dürfen", "Fragen Sie die Ausländerbehörde.",
                Map.of(Language.get("ar"), new InfoTextInput("العمل", "اسألوا دائرة الأجانب.")), BuildingBlock.WORK);
        assertThat(pages.publishedFor(BuildingBlock.WORK, Language.get("ar"))).filteredOn(l -> l.slug().equals(slug))
                .singleElement().extracting(InfoLink::title, InfoLink::textLanguage, InfoLink::href)
                .containsExactly("العمل", "ar", "info/" + slug);
        assertThat(pages.publishedFor(BuildingBlock.WORK, Language.get("tr"))).filteredOn(l -> l.slug().equals(slug))
                .singleElement().extracting(InfoLink::title, InfoLink::textLanguage)
                .containsExactly("Arbeiten dürfen", "de");
        assertThat(pages.publishedFor(BuildingBlock.EDUCATION, Language.get("ar"))).extracting(InfoLink::slug).doesNotContain(slug);
    }

    @Test
    void every_change_writes_exactly_one_audit_entry_with_before_and_after() {
        actAs("anna", AppRoles.MODERATOR);
        String slug = slug();
        long id = editing.create(form(slug, "Titel", "Text", Map.of()));
        editing.save(id, version(id), form(slug, "Titel", "Geänderter Text", Map.of()));
        editing.save(id, version(id), form(slug, "Titel", "Geänderter Text", Map.of()));
        editing.submit(id, version(id));
        approveAsBen(id);
        actAs("ben", AppRoles.MODERATOR);
        editing.unpublish(id, version(id));
        editing.archive(id, version(id));

        List<AuditEntry> entries = audit.about(InfoPageEditing.SUBJECT, id);
        assertThat(entries).extracting(AuditEntry::getAction).containsExactly("INFO_PAGE_CREATED", "INFO_PAGE_EDITED",
                "INFO_PAGE_SUBMITTED", "INFO_PAGE_PUBLISHED", "INFO_PAGE_UNPUBLISHED", "INFO_PAGE_ARCHIVED");
        assertThat(entries).extracting(AuditEntry::getActor).containsExactly("anna", "anna", "anna", "ben", "ben", "ben");
        AuditEntry edit = entries.get(1);
        assertThat(edit.getBefore()).contains("body.de: Text");
        assertThat(edit.getAfter()).contains("body.de: Geänderter Text");
        assertThat(entries.get(3).getBefore()).contains("state: SUBMITTED", "live: false");
        assertThat(entries.get(3).getAfter()).contains("state: PUBLISHED", "live: true");
        assertThat(entries.subList(1, 6)).allSatisfy(e -> assertThat(e.getBefore()).isNotBlank());
    }

    @Test
    void a_stale_editor_is_refused_and_nothing_is_saved() {
        actAs("anna", AppRoles.MODERATOR);
        String slug = slug();
        long id = editing.create(form(slug, "Titel", "Text", Map.of()));
        long loaded = version(id);
        editing.save(id, loaded, form(slug, "Titel", "Annas Text", Map.of()));

        actAs("ben", AppRoles.MODERATOR);
        assertThatThrownBy(() -> editing.save(id, loaded, form(slug, "Titel", "Bens Text", Map.of())))
                .isInstanceOf(InfoPageChanged.class);
        assertThatThrownBy(() -> editing.submit(id, loaded)).isInstanceOf(InfoPageChanged.class);
        assertThat(editing.details(id).orElseThrow().german().body()).isEqualTo("Annas Text");
        assertThat(audit.about(InfoPageEditing.SUBJECT, id)).hasSize(2);
    }

    @Test
    void bad_input_is_refused_per_field_with_translation_keys() {
        actAs("anna", AppRoles.MODERATOR);
        assertThatThrownBy(() -> editing.create(form("Keine Adresse!", "", "Text",
                Map.of(Language.get("en"), new InfoTextInput("Only a title", "")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "slug", "info.error.slug", "title.de", "info.error.title", "body.en", "info.error.incomplete")));
        String slug = slug();
        published(slug, "Titel", "Text", Map.of());
        actAs("anna", AppRoles.MODERATOR);
        assertThatThrownBy(() -> editing.create(form(slug, "Titel", "Text", Map.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsEntry("slug", "info.error.slug-taken"));
    }

    @Test
    void a_provider_may_not_use_any_staff_method() {
        long id = published(slug(), "Titel", "Text", Map.of());
        TestAccounts.signIn(accounts.provider("de"));
        InfoPageForm form = form(slug(), "Titel", "Text", Map.of());
        List<Consumer<InfoPageEditing>> calls = List.of(
                e -> e.overview(), e -> e.waiting(), e -> e.details(id), e -> e.create(form),
                e -> e.save(id, 0, form), e -> e.submit(id, 0), e -> e.approve(id, 0), e -> e.unpublish(id, 0),
                e -> e.archive(id, 0));
        for (Consumer<InfoPageEditing> call : calls) {
            assertThatThrownBy(() -> call.accept(editing)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(pages.published(Language.get("de"))).isNotEmpty();
    }

    @Test
    void the_demo_county_has_an_outdated_english_integration_course_shown_in_german_and_a_page_left_untranslated() {
        actAs("anna", AppRoles.MODERATOR);
        InfoPageSummary course = editing.overview().stream().filter(p -> p.slug().equals("integrationskurs"))
                .findFirst().orElseThrow();
        assertThat(course.translations()).containsEntry(Language.get("en"), TranslationStatus.OUTDATED)
                .containsEntry(Language.get("ar"), TranslationStatus.CURRENT)
                .containsEntry(Language.get("tr"), TranslationStatus.CURRENT);
        InfoPageSummary jobcenter = editing.overview().stream().filter(p -> p.slug().equals("arbeit-und-jobcenter"))
                .findFirst().orElseThrow();
        assertThat(jobcenter.translations()).as("kept untranslated to show the fallback")
                .containsEntry(Language.get("ar"), TranslationStatus.MISSING);
        assertThat(pages.published("integrationskurs", Language.get("en"))).get()
                .extracting(PublishedInfoPage::textLanguage).isEqualTo("de");
        assertThat(pages.published("integrationskurs", Language.get("ar"))).get()
                .extracting(PublishedInfoPage::title).isEqualTo("دورة الاندماج");
    }

    private long published(String slug, String title, String body, Map<Language, InfoTextInput> translations) {
        return published(slug, title, body, translations, null);
    }

    private long published(String slug, String title, String body, Map<Language, InfoTextInput> translations,
                           BuildingBlock block) {
        actAs("anna", AppRoles.MODERATOR);
        InfoPageForm form = new InfoPageForm(slug, block, 0, form(slug, title, body, translations).texts());
        long id = editing.create(form);
        editing.submit(id, version(id));
        approveAsBen(id);
        return id;
    }

    private void approveAsBen(long id) {
        actAs("ben", AppRoles.MODERATOR);
        if (editing.details(id).orElseThrow().state() == InfoPageState.DRAFT) {
            editing.submit(id, version(id));
        }
        editing.approve(id, version(id));
    }

    private long version(long id) {
        return editing.details(id).orElseThrow().version();
    }

    private static InfoPageForm form(String slug, String title, String body, Map<Language, InfoTextInput> translations) {
        Map<Language, InfoTextInput> texts = new java.util.TreeMap<>();
        texts.putAll(translations);
        texts.put(Language.get("de"), new InfoTextInput(title, body));
        return new InfoPageForm(slug, null, 0, texts);
    }

    private static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A staff member by pseudonym, as the audit trail names them. */
    private static void actAs(String pseudonym, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                pseudonym, null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }
}
