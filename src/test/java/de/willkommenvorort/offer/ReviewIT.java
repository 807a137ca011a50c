package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.audit.AuditTrail;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.search.OfferSearch;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff review on MariaDB: the queue, every decision, concurrent decisions, the audit trail and role checks. */
@AppTest
class ReviewIT {

    @Autowired
    ReviewWorkflow review;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ExpiringOffers expiring;
    @Autowired
    OfferEditing editing;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    OfferSearch search;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    TestOffers testOffers;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accounts;
    @Autowired
    CategoryService categories;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    TranslationProvider translations;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_queue_lists_submissions_oldest_first_and_filters_by_block_municipality_and_language() {
        MunicipalityRef elsewhere = municipalities.all().get(3);
        long older = submitted("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
        Offer work = testOffers.draft("job-centre", Map.of("de", "Jobcenter " + TestOffers.uniqueWord(),
                "uk", "Центр зайнятості"));
        work.placeAt(elsewhere.id(), "Weg 2", elsewhere.postalCode(), elsewhere.name(), null, null);
        long newer = SystemActor.call(() -> {
            long id = review.saveDraft(work);
            review.submit(id);
            return id;
        });
        jdbc.update("update offer set submitted_at = ? where id = ?", Instant.now().minus(3, ChronoUnit.DAYS), older);
        jdbc.update("update offer set submitted_at = ? where id = ?", Instant.now().minus(1, ChronoUnit.DAYS), newer);

        asModerator("mod-queue");
        List<Long> all = ids(queue.waiting(ReviewQueue.Filter.none(), "de"));
        assertThat(all).containsSubsequence(older, newer);
        assertThat(queue.count()).isGreaterThanOrEqualTo(2);
        assertThat(ids(queue.waiting(filter(BuildingBlock.WORK, null, null), "de"))).contains(newer).doesNotContain(older);
        assertThat(ids(queue.waiting(filter(null, elsewhere.id(), null), "de"))).contains(newer).doesNotContain(older);
        assertThat(ids(queue.waiting(filter(null, null, "uk"), "de"))).contains(newer).doesNotContain(older);
        ReviewQueue.Item row = queue.waiting(filter(null, null, "uk"), "uk").stream()
                .filter(i -> i.id() == newer).findFirst().orElseThrow();
        assertThat(row.title()).isEqualTo("Центр зайнятості");
        assertThat(row.kind()).isEqualTo(ReviewQueue.Kind.NEW_OFFER);
        assertThat(row.providerName()).startsWith("Testverein");
    }

    @Test
    void approving_publishes_the_offer() {
        String word = TestOffers.uniqueWord();
        long id = submitted("language-cafe", Map.of("de", "Nähcafé " + word));
        asModerator("mod-approve");
        review.approve(id, version(id));
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).contains(word));
        assertThat(search.find(OfferFilter.everything().withText(word), "de", 0, 10).hits()).hasSize(1);
        assertThat(ids(queue.waiting(ReviewQueue.Filter.none(), "de"))).doesNotContain(id);
    }

    @Test
    void a_rejection_reaches_a_ukrainian_provider_as_a_translated_reason_in_the_list_and_by_mail() {
        AccountUser provider = testAccounts.provider("uk");
        TestAccounts.signIn(provider);
        long id = editing.save(form("Laufgruppe " + TestOffers.uniqueWord()));
        editing.submit(id);

        asModerator("mod-reject");
        review.reject(id, version(id), RejectionReason.UNCLEAR, "Welche Uhrzeit?");

        TestAccounts.signIn(provider);
        MyOffer mine = editing.mine("uk").stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        assertThat(mine.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(mine.rejectionNote()).contains("Welche Uhrzeit?");
        // MyOffersView shows getTranslation(code.labelKey()) in the provider's language.
        String reason = translations.translate(mine.rejectionCode().orElseThrow().labelKey(), Language.get("uk"));
        assertThat(reason).isNotBlank()
                .isNotEqualTo(translations.translate(RejectionReason.UNCLEAR.labelKey(), Language.get("de")));
        String mail = Inbox.body(inbox.await(email(provider), 2));
        assertThat(mail).contains(reason).contains("Welche Uhrzeit?").contains("/my");
    }

    @Test
    void sent_back_the_provider_reads_the_note_edits_and_submits_again() {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        long id = editing.save(form("Hausaufgabenhilfe " + TestOffers.uniqueWord()));
        editing.submit(id);

        asModerator("mod-back");
        assertThatThrownBy(() -> review.sendBack(id, version(id), "  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("note"));
        review.sendBack(id, version(id), "Bitte die Uhrzeit ergänzen");
        assertThat(ids(queue.waiting(ReviewQueue.Filter.none(), "de"))).doesNotContain(id);

        TestAccounts.signIn(provider);
        MyOffer mine = editing.mine("de").stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        assertThat(mine.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(mine.rejectionCode()).isEmpty();
        assertThat(mine.rejectionNote()).contains("Bitte die Uhrzeit ergänzen");
        assertThat(Inbox.body(inbox.await(email(provider), 2))).contains("Bitte die Uhrzeit ergänzen");

        OfferForm edit = editing.load(id);
        edit.text("de").summary = "Montags 15 bis 17 Uhr";
        editing.save(edit);
        editing.submit(id);
        assertThat(editing.mine("de").stream().filter(o -> o.id() == id).findFirst().orElseThrow().rejectionNote())
                .isEmpty();
        asModerator("mod-back");
        assertThat(ids(queue.waiting(ReviewQueue.Filter.none(), "de"))).contains(id);
    }

    @Test
    void unpublishing_takes_the_offer_out_of_public_search_at_once_and_tells_the_provider() {
        AccountUser provider = testAccounts.provider("uk");
        TestAccounts.signIn(provider);
        String word = TestOffers.uniqueWord();
        long id = editing.save(form("Fahrradkurs " + word));
        editing.submit(id);
        asModerator("mod-unpublish");
        review.approve(id, version(id));
        assertThat(search.find(OfferFilter.everything().withText(word), "de", 0, 10).hits()).hasSize(1);

        review.unpublish(id, version(id), RejectionReason.OUTDATED, "Kurs findet nicht mehr statt");
        assertThat(publicOffers.published(id, "de")).isEmpty();
        assertThat(search.find(OfferFilter.everything().withText(word), "de", 0, 10).hits()).isEmpty();
        TestAccounts.signIn(provider);
        assertThat(editing.mine("uk").stream().filter(o -> o.id() == id).findFirst().orElseThrow().rejectionCode())
                .contains(RejectionReason.OUTDATED);
        assertThat(Inbox.body(inbox.await(email(provider), 2)))
                .contains(translations.translate(RejectionReason.OUTDATED.labelKey(), Language.get("uk")));
    }

    @Test
    void a_staff_correction_is_saved_on_the_item_and_recorded_as_theirs_with_before_and_after() {
        long id = submitted("language-cafe", Map.of("de", "Sprachkafe " + TestOffers.uniqueWord()));
        String oldTitle = SystemActor.call(() -> queue.review(id, "de").orElseThrow().texts().get("de").getTitle());
        String newTitle = oldTitle.replace("Sprachkafe", "Sprachcafé");
        asModerator("mod-correct");
        assertThatThrownBy(() -> review.correctText(id, version(id), "de", "", "Kurz", "", ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("title"));
        long newVersion = review.correctText(id, version(id), "de", newTitle, "Kurz: " + newTitle, "Beschreibung", "");

        assertThat(queue.review(id, "de").orElseThrow().texts().get("de").getTitle()).isEqualTo(newTitle);
        AuditEntry entry = audit.about("offer", id).getLast();
        assertThat(entry.getActor()).isEqualTo("mod-correct");
        assertThat(entry.getAction()).isEqualTo("TEXT_CORRECTED");
        assertThat(entry.getBefore()).contains("title de: " + oldTitle);
        assertThat(entry.getAfter()).contains("title de: " + newTitle);
        review.approve(id, newVersion);
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).isEqualTo(newTitle));
    }

    @Test
    void a_changed_what_to_bring_is_a_revision_shown_before_and_after_and_public_only_once_approved() {
        AccountUser provider = testAccounts.provider("de");
        long id = submittedWithWhatToBring(provider, "Jobcafé " + TestOffers.uniqueWord(), "Lebenslauf");
        assertThat(queue.review(id, "de").orElseThrow().texts().get("de").getWhatToBring()).isEqualTo("Lebenslauf");
        review.approve(id, version(id));
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.whatToBring()).isEqualTo("Lebenslauf"));

        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(id);
        assertThat(edit.text("de").whatToBring).isEqualTo("Lebenslauf");
        edit.text("de").whatToBring = "Lebenslauf und Zeugnisse";
        editing.save(edit);
        editing.submit(id);
        long revisionId = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, id);
        assertThat(publicOffers.published(id, "de")).as("the published list stays until review")
                .hasValueSatisfying(o -> assertThat(o.whatToBring()).isEqualTo("Lebenslauf"));

        asModerator("mod-bring");
        RevisionDiff diff = queue.review(revisionId, "de").orElseThrow().diff().orElseThrow();
        assertThat(diff.anyChange()).isTrue();
        assertThat(diff.texts()).singleElement().satisfies(text -> {
            assertThat(text.kind()).isEqualTo(RevisionDiff.TextKind.CHANGED);
            assertThat(text.whatToBringChanged()).isTrue();
            assertThat(text.titleChanged()).isFalse();
            assertThat(text.before().orElseThrow().getWhatToBring()).isEqualTo("Lebenslauf");
            assertThat(text.after().orElseThrow().getWhatToBring()).isEqualTo("Lebenslauf und Zeugnisse");
        });
        review.approve(revisionId, version(revisionId));
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o ->
                assertThat(o.whatToBring()).isEqualTo("Lebenslauf und Zeugnisse"));
        AuditEntry approval = audit.about("offer", revisionId).getLast();
        assertThat(approval.getAction()).isEqualTo("REVISION_PUBLISHED");
        assertThat(approval.getBefore()).isEqualTo("what-to-bring de: Lebenslauf");
        assertThat(approval.getAfter()).isEqualTo("what-to-bring de: Lebenslauf und Zeugnisse");
    }

    @Test
    void staff_may_correct_what_to_bring_before_approving_and_the_audit_keeps_both() {
        String title = "Bewerbungshilfe " + TestOffers.uniqueWord();
        long id = submittedWithWhatToBring(testAccounts.provider("de"), title, "Lebenslauf");
        assertThatThrownBy(() -> review.correctText(id, version(id), "de", title, "Kurz: " + title,
                "Mehr dazu im Gemeindehaus", "x".repeat(OfferText.WHAT_TO_BRING_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("whatToBring", "form.too-long"));
        review.correctText(id, version(id), "de", title, "Kurz: " + title, "Mehr dazu im Gemeindehaus",
                "Lebenslauf, wenn vorhanden");
        AuditEntry correction = audit.about("offer", id).getLast();
        assertThat(correction.getAction()).isEqualTo("TEXT_CORRECTED");
        assertThat(correction.getBefore()).isEqualTo("what-to-bring de: Lebenslauf");
        assertThat(correction.getAfter()).isEqualTo("what-to-bring de: Lebenslauf, wenn vorhanden");
        review.approve(id, version(id));
        assertThat(publicOffers.published(id, "ar")).hasValueSatisfying(o ->
                assertThat(o.whatToBring()).isEqualTo("Lebenslauf, wenn vorhanden"));
    }

    @Test
    void a_revision_shows_what_changed_field_by_field_and_per_language_and_approval_publishes_it() {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        String word = TestOffers.uniqueWord();
        long id = editing.save(form("Schwimmkurs " + word));
        editing.submit(id);
        asModerator("mod-revision");
        review.approve(id, version(id));

        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(id);
        edit.text("de").title = "Schwimmkurs neu " + word;
        edit.text("uk").title = "Курс плавання";
        edit.text("uk").summary = "Для всіх";
        edit.text("uk").description = "";
        edit.cost = Cost.LOW_COST;
        editing.save(edit);
        editing.submit(id);
        long revisionId = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, id);

        asModerator("mod-revision");
        assertThat(queue.waiting(ReviewQueue.Filter.none(), "de")).filteredOn(i -> i.id() == revisionId).singleElement()
                .satisfies(i -> assertThat(i.revision()).isTrue());
        RevisionDiff diff = queue.review(revisionId, "de").orElseThrow().diff().orElseThrow();
        assertThat(diff.fields()).filteredOn(RevisionDiff.FieldChange::changed)
                .extracting(RevisionDiff.FieldChange::field).containsExactly(RevisionDiff.Field.COST);
        assertThat(diff.texts()).extracting(RevisionDiff.TextChange::language, RevisionDiff.TextChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de", RevisionDiff.TextKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("uk", RevisionDiff.TextKind.ADDED));
        assertThat(queue.history(revisionId)).extracting(AuditEntry::getAction)
                .contains("OFFER_PUBLISHED", "REVISION_CREATED", "OFFER_SUBMITTED");

        review.approve(revisionId, version(revisionId));
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> {
            assertThat(o.title()).isEqualTo("Schwimmkurs neu " + word);
            assertThat(o.cost()).isEqualTo(Cost.LOW_COST);
        });
        AuditEntry approval = audit.about("offer", revisionId).getLast();
        assertThat(approval.getAction()).isEqualTo("REVISION_PUBLISHED");
        assertThat(approval.getBefore()).contains("cost: FREE");
        assertThat(approval.getAfter()).contains("cost: LOW_COST", "title uk: Курс плавання");
    }

    @Test
    void an_all_day_series_stays_all_day_through_review_and_a_revision_that_makes_a_date_all_day_shows_it() {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        String word = TestOffers.uniqueWord();
        LocalDate saturday = LocalDate.now().plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.SATURDAY));
        OfferForm form = form("Flohmarkt " + word);
        form.eventKind = OfferForm.EventKind.WEEKLY;
        form.eventDay = java.time.DayOfWeek.SATURDAY;
        form.eventFrom = saturday;
        form.eventUntil = saturday.plusWeeks(3);
        form.eventAllDay = true;
        // Typed before ticking "all day": not saved.
        form.eventStart = java.time.LocalTime.of(8, 0);
        long id = editing.save(form);
        editing.submit(id);
        asModerator("mod-all-day");
        review.approve(id, version(id));
        assertThat(allDay(id)).containsExactly(true, true, true, true);

        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(id);
        assertThat(edit.eventAllDay).isTrue();
        assertThat(edit.eventStart).isNull();
        edit.eventKind = OfferForm.EventKind.LIST;
        edit.eventList.add(new OfferForm.DateInput(saturday, null, null, null, true));
        edit.eventList.add(new OfferForm.DateInput(saturday.plusDays(1), java.time.LocalTime.of(11, 0), null, null));
        editing.save(edit);
        editing.submit(id);
        long revisionId = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, id);
        assertThat(allDay(id)).as("published: unchanged until approved").containsExactly(true, true, true, true);

        asModerator("mod-all-day");
        RevisionDiff diff = queue.review(revisionId, "de").orElseThrow().diff().orElseThrow();
        assertThat(diff.fields()).filteredOn(RevisionDiff.FieldChange::changed)
                .extracting(RevisionDiff.FieldChange::field).containsExactly(RevisionDiff.Field.EVENT_DATES);
        review.approve(revisionId, version(revisionId));
        assertThat(allDay(id)).containsExactly(true, false);
        assertThat(audit.about("offer", revisionId).getLast().getAfter())
                .contains(saturday + " all day", saturday.plusDays(1) + " 11:00");
        TestAccounts.signIn(provider);
        assertThat(editing.load(id).eventList).extracting(OfferForm.DateInput::allDay).containsExactly(true, false);
    }

    private List<Boolean> allDay(long offer) {
        return jdbc.queryForList("select all_day from offer_event_date where offer_id = ? order by event_date, start_time",
                Boolean.class, offer);
    }

    @Test
    void a_second_moderator_deciding_on_a_stale_version_is_told_who_decided_and_nothing_is_applied() {
        long id = submitted("language-cafe", Map.of("de", "Kochtreff " + TestOffers.uniqueWord()));
        long seen = SystemActor.call(() -> version(id));
        asModerator("mod-first");
        review.approve(id, seen);

        asModerator("mod-second");
        assertThatThrownBy(() -> review.reject(id, seen, RejectionReason.DUPLICATE, null))
                .isInstanceOfSatisfying(DecisionConflict.class, conflict -> {
                    assertThat(conflict.currentState()).contains(ReviewState.PUBLISHED);
                    assertThat(conflict.lastChange()).hasValueSatisfying(last -> {
                        assertThat(last.actor()).isEqualTo("mod-first");
                        assertThat(last.action()).isEqualTo("OFFER_PUBLISHED");
                    });
                });
        assertThat(publicOffers.published(id, "de")).isPresent();
        assertThat(decisions(id)).isEqualTo(1);
    }

    @Test
    void two_moderators_deciding_at_the_same_moment_apply_exactly_one_decision() throws Exception {
        long id = submitted("language-cafe", Map.of("de", "Malkurs " + TestOffers.uniqueWord()));
        long seen = SystemActor.call(() -> version(id));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> approve = threads.submit(decision(start, "mod-a", () -> review.approve(id, seen)));
            Future<String> reject = threads.submit(decision(start, "mod-b", () -> {
                review.reject(id, seen, RejectionReason.INCOMPLETE, null);
                return 0L;
            }));
            start.countDown();
            List<String> outcomes = new ArrayList<>(List.of(approve.get(30, TimeUnit.SECONDS),
                    reject.get(30, TimeUnit.SECONDS)));
            assertThat(outcomes).containsOnlyOnce("applied").containsOnlyOnce("conflict");
        } finally {
            threads.shutdownNow();
        }
        assertThat(decisions(id)).isEqualTo(1);
        String state = jdbc.queryForObject("select review_state from offer where id = ?", String.class, id);
        assertThat(state).isIn("PUBLISHED", "REJECTED");
    }

    @Test
    void every_state_change_has_exactly_one_audit_entry() {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        long id = editing.save(form("Spieltreff " + TestOffers.uniqueWord()));
        List<String> moves = new ArrayList<>();
        editing.submit(id);
        moves.add("OFFER_SUBMITTED");
        asModerator("mod-trail");
        review.sendBack(id, version(id), "Bitte Alter angeben");
        moves.add("OFFER_DRAFT");
        TestAccounts.signIn(provider);
        editing.submit(id);
        moves.add("OFFER_SUBMITTED");
        asModerator("mod-trail");
        review.reject(id, version(id), RejectionReason.INCOMPLETE, null);
        moves.add("OFFER_REJECTED");
        TestAccounts.signIn(provider);
        editing.submit(id);
        moves.add("OFFER_SUBMITTED");
        asModerator("mod-trail");
        review.approve(id, version(id));
        moves.add("OFFER_PUBLISHED");
        review.unpublish(id, version(id), RejectionReason.OUTDATED, null);
        moves.add("OFFER_REJECTED");
        review.archive(id, version(id));
        moves.add("OFFER_ARCHIVED");

        List<AuditEntry> stateChanges = audit.about("offer", id).stream()
                .filter(e -> e.getBefore() != null && e.getBefore().startsWith("state: ")).toList();
        assertThat(stateChanges).extracting(AuditEntry::getAction).containsExactlyElementsOf(moves);
        assertThat(stateChanges).allSatisfy(e -> assertThat(e.getAfter()).startsWith("state: "));
        assertThat(jdbc.queryForObject("select review_state from offer where id = ?", String.class, id))
                .isEqualTo("ARCHIVED");
        // Each entry differs in state from the one before it: no move recorded twice, none missing.
        for (int i = 1; i < stateChanges.size(); i++) {
            assertThat(stateChanges.get(i).getBefore().lines().findFirst())
                    .isEqualTo(stateChanges.get(i - 1).getAfter().lines().findFirst());
        }
    }

    @Test
    void staff_see_published_offers_ending_within_thirty_days_soonest_first_with_the_reminder_state() {
        long later = testOffers.published("language-cafe", Map.of("de", "Später " + TestOffers.uniqueWord()));
        long sooner = testOffers.published("language-cafe", Map.of("de", "Bald " + TestOffers.uniqueWord()));
        long far = testOffers.published("language-cafe", Map.of("de", "Fern " + TestOffers.uniqueWord()));
        jdbc.update("update offer set valid_until = ? where id = ?", LocalDate.now().plusDays(20), later);
        jdbc.update("update offer set valid_until = ?, reminded_for = ? where id = ?", LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(3), sooner);
        jdbc.update("update offer set valid_until = ? where id = ?", LocalDate.now().plusDays(45), far);

        asModerator("mod-expiring");
        List<ExpiringOffers.Expiring> soon = expiring.soon("de");
        assertThat(soon).extracting(ExpiringOffers.Expiring::id).containsSubsequence(sooner, later).doesNotContain(far);
        assertThat(soon).filteredOn(e -> e.id() == sooner).singleElement()
                .satisfies(e -> assertThat(e.reminded()).isTrue());
        assertThat(soon).filteredOn(e -> e.id() == later).singleElement()
                .satisfies(e -> assertThat(e.reminded()).isFalse());
    }

    @Test
    void administrators_page_and_filter_the_audit_trail_newest_first() {
        long id = submitted("language-cafe", Map.of("de", "Gartenprojekt " + TestOffers.uniqueWord()));
        asModerator("mod-audit");
        review.reject(id, version(id), RejectionReason.COMMERCIAL, "Werbung");

        asAdmin("admin-audit");
        AuditTrail.Page page = trail.search(new AuditTrail.Filter(Optional.of("mod-audit"), Optional.empty(),
                Optional.of("offer"), Optional.of(id), Optional.empty(), Optional.empty()), 0);
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("OFFER_REJECTED");
            assertThat(e.getBefore()).isEqualTo("state: SUBMITTED");
            assertThat(e.getAfter()).contains("state: REJECTED", "reason: COMMERCIAL", "note: Werbung");
        });
        AuditTrail.Page all = trail.search(AuditTrail.Filter.none(), 0);
        assertThat(all.entries()).hasSizeLessThanOrEqualTo(AuditTrail.PAGE_SIZE);
        assertThat(all.entries()).extracting(AuditEntry::getId).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(trail.search(new AuditTrail.Filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Instant.now().plusSeconds(3600)), Optional.empty()), 0).entries()).isEmpty();
        assertThat(trail.actions()).contains("OFFER_REJECTED");
        asModerator("mod-audit");
        assertThatThrownBy(() -> trail.search(AuditTrail.Filter.none(), 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_provider_calling_any_staff_method_is_refused() {
        long id = submitted("language-cafe", Map.of("de", "Verboten " + TestOffers.uniqueWord()));
        TestAccounts.signIn(testAccounts.provider("de"));
        List<Runnable> calls = List.of(
                () -> queue.count(),
                () -> queue.waiting(ReviewQueue.Filter.none(), "de"),
                () -> queue.review(id, "de"),
                () -> queue.history(id),
                () -> expiring.soon("de"),
                () -> review.approve(id, 0),
                () -> review.reject(id, 0, RejectionReason.OTHER, null),
                () -> review.sendBack(id, 0, "x"),
                () -> review.unpublish(id, 0, RejectionReason.OTHER, null),
                () -> review.archive(id, 0),
                () -> review.correctText(id, 0, "de", "x", "x", "", ""),
                () -> review.publish(id),
                () -> review.submit(id),
                () -> trail.search(AuditTrail.Filter.none(), 0),
                () -> trail.actions(),
                () -> trail.subjectTypes());
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select review_state from offer where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    private Callable<String> decision(CountDownLatch start, String moderator, Callable<Long> work) {
        return () -> {
            asModerator(moderator);
            start.await();
            try {
                work.call();
                return "applied";
            } catch (DecisionConflict conflict) {
                return "conflict";
            } finally {
                TestAccounts.signOut();
            }
        };
    }

    /** How many decisions (not the submission) the trail holds about the offer. */
    private int decisions(long id) {
        return (int) audit.about("offer", id).stream()
                .filter(e -> List.of("OFFER_PUBLISHED", "OFFER_REJECTED", "OFFER_DRAFT", "OFFER_ARCHIVED")
                        .contains(e.getAction()))
                .count();
    }

    private long submitted(String category, Map<String, String> titles) {
        return SystemActor.call(() -> {
            long id = review.saveDraft(testOffers.draft(category, titles));
            review.submit(id);
            return id;
        });
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from offer where id = ?", Long.class, id);
    }

    private String email(AccountUser user) {
        return accounts.account(user.accountId()).orElseThrow().getEmail();
    }

    private static List<Long> ids(List<ReviewQueue.Item> items) {
        return items.stream().map(ReviewQueue.Item::id).toList();
    }

    private static ReviewQueue.Filter filter(BuildingBlock block, Long municipality, String language) {
        return new ReviewQueue.Filter(Optional.ofNullable(block), Optional.ofNullable(municipality),
                Optional.ofNullable(language));
    }

    private static void asModerator(String name) {
        as(name, AppRoles.MODERATOR);
    }

    private static void asAdmin(String name) {
        as(name, AppRoles.ADMIN);
    }

    private static void as(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** A German offer listing what to bring, submitted by the provider; a moderator is signed in after. */
    private long submittedWithWhatToBring(AccountUser provider, String title, String whatToBring) {
        TestAccounts.signIn(provider);
        OfferForm form = form(title);
        form.text("de").whatToBring = whatToBring;
        long id = editing.save(form);
        editing.submit(id);
        asModerator("mod-bring");
        return id;
    }

    private OfferForm form(String title) {
        return testOffers.form(title);
    }
}
