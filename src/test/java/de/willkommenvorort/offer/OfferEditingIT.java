package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A provider's offers from draft to publication, revisions, freshness, relay and deletion, on MariaDB and SMTP. */
@AppTest
class OfferEditingIT {

    @Autowired
    OfferEditing editing;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    OfferFreshness freshness;
    @Autowired
    ContactRelay relay;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestOffers testOffers;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    AccountUser provider;

    @BeforeEach
    void signIn() {
        provider = testAccounts.provider("uk");
        TestAccounts.signIn(provider);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_draft_is_invisible_until_submitted_and_published() {
        String word = TestOffers.uniqueWord();
        long id = editing.save(form("Nähcafé " + word));
        assertThat(editing.mine("de")).extracting(MyOffer::id, MyOffer::state).contains(org.assertj.core.groups.Tuple.tuple(id, ReviewState.DRAFT));
        editing.submit(id);
        assertThat(publicOffers.published(id, "de")).isEmpty();

        SystemActor.run(() -> review.publish(id));
        assertThat(publicOffers.published(id, "ar")).hasValueSatisfying(o -> assertThat(o.title()).contains(word));
        assertThat(audit.about("offer", id)).extracting(e -> e.getAction())
                .containsExactly("OFFER_CREATED", "OFFER_SUBMITTED", "OFFER_PUBLISHED");
    }

    @Test
    void an_edit_of_a_published_offer_waits_for_review_while_the_published_one_stays_unchanged() {
        String word = TestOffers.uniqueWord();
        long id = published(form("Hausaufgabenhilfe " + word));
        OfferForm edit = editing.load(id);
        edit.text("de").title = "Hausaufgabenhilfe neu " + word;
        assertThat(editing.save(edit)).isEqualTo(id);
        editing.submit(id);

        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).doesNotContain("neu"));
        assertThat(editing.mine("de")).filteredOn(o -> o.id() == id).singleElement()
                .satisfies(o -> assertThat(o.revisionState()).contains(ReviewState.SUBMITTED));

        long revisionId = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, id);
        SystemActor.run(() -> review.publish(revisionId));
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).contains("neu"));
        assertThat(jdbc.queryForObject("select count(*) from offer where revision_of = ?", Integer.class, id)).isZero();
    }

    @Test
    void a_rejected_revision_shows_its_reason_and_leaves_the_published_offer_alone() {
        long id = published(form("Laufgruppe " + TestOffers.uniqueWord()));
        OfferForm edit = editing.load(id);
        edit.text("de").summary = "Jetzt auch samstags";
        editing.save(edit);
        editing.submit(id);
        long revisionId = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, id);
        SystemActor.run(() -> review.reject(revisionId, RejectionReason.UNCLEAR, "Welche Uhrzeit?"));

        MyOffer mine = editing.mine("de").stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        assertThat(mine.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(mine.revisionState()).contains(ReviewState.REJECTED);
        assertThat(mine.rejectionCode()).contains(RejectionReason.UNCLEAR);
        assertThat(mine.rejectionNote()).contains("Welche Uhrzeit?");
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.summary()).doesNotContain("samstags"));
    }

    @Test
    void a_second_tab_saving_an_older_version_is_refused_and_overwrites_nothing() {
        long id = editing.save(form("Sprachtreff " + TestOffers.uniqueWord()));
        OfferForm firstTab = editing.load(id);
        OfferForm secondTab = editing.load(id);
        firstTab.text("de").summary = "Erster Tab";
        editing.save(firstTab);
        secondTab.text("de").summary = "Zweiter Tab";

        assertThatThrownBy(() -> editing.save(secondTab)).isInstanceOf(ConcurrentEdit.class);
        assertThat(editing.load(id).text("de").summary).isEqualTo("Erster Tab");
    }

    @Test
    void two_tabs_editing_a_published_offer_do_not_create_two_revisions() {
        long id = published(form("Fahrradwerkstatt " + TestOffers.uniqueWord()));
        OfferForm firstTab = editing.load(id);
        OfferForm secondTab = editing.load(id);
        firstTab.text("de").summary = "Erster Tab";
        editing.save(firstTab);
        secondTab.text("de").summary = "Zweiter Tab";
        assertThatThrownBy(() -> editing.save(secondTab)).isInstanceOf(ConcurrentEdit.class);
        assertThat(editing.load(id).text("de").summary).isEqualTo("Erster Tab");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        int before = jdbc.queryForObject("select count(*) from offer", Integer.class);
        OfferForm form = form("");
        form.website = "javascript:alert(1)";
        form.phone = "call me";
        form.online = false;
        form.municipalityId = null;
        form.weeklySlots.add(new OfferForm.Slot(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(10, 0)));
        form.validUntil = LocalDate.now().minusDays(1);

        assertThatThrownBy(() -> editing.save(form)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .containsKeys("text.de.title", "website", "phone", "municipality", "slot.0", "validUntil"));
        assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(before);
    }

    @Test
    void what_to_bring_is_optional_checked_for_length_kept_on_bad_input_and_shown_in_the_preview() {
        OfferForm tooLong = form("Bewerbungscafé " + TestOffers.uniqueWord());
        tooLong.text("uk").title = "Кафе";
        tooLong.text("uk").summary = "Коротко";
        tooLong.text("uk").whatToBring = "я".repeat(OfferText.WHAT_TO_BRING_MAX + 1);
        int before = jdbc.queryForObject("select count(*) from offer", Integer.class);
        assertThatThrownBy(() -> editing.save(tooLong)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).containsExactly(Map.entry("text.uk.whatToBring", "form.too-long")));
        assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(before);
        assertThat(tooLong.text("uk").whatToBring).as("what was typed stays in the form").hasSize(OfferText.WHAT_TO_BRING_MAX + 1);

        tooLong.text("uk").whatToBring = "  Паспорт\nлист від Jobcenter  ";
        assertThat(editing.preview(tooLong, "uk").details().whatToBring()).isEqualTo("Паспорт\nлист від Jobcenter");
        long id = editing.save(tooLong);
        assertThat(editing.load(id).text("uk").whatToBring).isEqualTo("Паспорт\nлист від Jobcenter");
        assertThat(editing.load(id).text("de").whatToBring).as("none is none, not a blank").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from offer_text where offer_id = ? and what_to_bring is null",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void a_translation_becomes_outdated_when_the_original_changes_and_current_when_it_is_edited() {
        OfferForm form = form("Elterncafé " + TestOffers.uniqueWord());
        OfferForm.Text arabic = form.text("ar");
        arabic.title = "مقهى الأهل";
        arabic.summary = "لقاء للآباء والأمهات";
        long id = editing.save(form);

        OfferForm changed = editing.load(id);
        changed.text("de").summary = "Jeden Dienstag, mit Kinderbetreuung";
        editing.save(changed);
        assertThat(editing.load(id).text("ar").status).isEqualTo(TextStatus.OUTDATED);

        OfferForm translated = editing.load(id);
        translated.text("ar").summary = "كل يوم ثلاثاء، مع رعاية الأطفال";
        editing.save(translated);
        assertThat(editing.load(id).text("ar").status).isEqualTo(TextStatus.CURRENT);
    }

    @Test
    void an_event_on_a_list_of_dates_keeps_each_date_s_place_and_a_cancelled_date_stays_in_the_series() {
        OfferForm form = form("Fußballtraining " + TestOffers.uniqueWord());
        long elsewhere = municipalities.all().get(1).id();
        LocalDate first = LocalDate.now().plusDays(3);
        form.eventKind = OfferForm.EventKind.LIST;
        form.eventList.add(new OfferForm.DateInput(first, LocalTime.of(17, 0), LocalTime.of(18, 30), null));
        form.eventList.add(new OfferForm.DateInput(first.plusDays(7), LocalTime.of(17, 0), null, elsewhere));
        long id = editing.save(form);

        OfferForm loaded = editing.load(id);
        assertThat(loaded.eventKind).isEqualTo(OfferForm.EventKind.LIST);
        assertThat(loaded.eventList).extracting(OfferForm.DateInput::municipalityId).containsExactly(null, elsewhere);
        editing.setCancelled(id, first, LocalTime.of(17, 0), true);
        assertThat(editing.load(id).scheduled).extracting(OfferForm.ScheduledDate::cancelled).containsExactly(true, false);

        OfferForm broken = editing.load(id);
        broken.eventList.add(new OfferForm.DateInput(first, LocalTime.of(19, 0), LocalTime.of(18, 0), null));
        assertThatThrownBy(() -> editing.save(broken)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsEntry("event", "offer.form.event.invalid"));
    }

    @Test
    void an_all_day_date_needs_its_day_but_no_time_and_keeps_its_own_place() {
        LocalDate fair = LocalDate.now().plusDays(4);
        OfferForm single = form("Stadtfest " + TestOffers.uniqueWord());
        single.eventKind = OfferForm.EventKind.SINGLE;
        single.eventAllDay = true;
        assertThatThrownBy(() -> editing.save(single)).as("no day").isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsEntry("event", "offer.form.event.invalid"));
        single.eventFrom = fair;
        OfferForm loaded = editing.load(editing.save(single));
        assertThat(loaded.eventAllDay).isTrue();
        assertThat(loaded.scheduled).singleElement().satisfies(date -> {
            assertThat(date.allDay()).isTrue();
            assertThat(date.date()).isEqualTo(fair);
        });

        long elsewhere = municipalities.all().get(1).id();
        OfferForm kirmes = form("Kirmes " + TestOffers.uniqueWord());
        kirmes.eventKind = OfferForm.EventKind.LIST;
        // The time typed before ticking "all day" is not saved; the day's own place is.
        kirmes.eventList.add(new OfferForm.DateInput(fair, LocalTime.of(18, 0), null, elsewhere, true));
        kirmes.eventList.add(new OfferForm.DateInput(fair.plusDays(1), null, null, null, true));
        long id = editing.save(kirmes);
        assertThat(editing.load(id).eventList).extracting(OfferForm.DateInput::date, OfferForm.DateInput::start,
                OfferForm.DateInput::allDay, OfferForm.DateInput::municipalityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(fair, null, true, elsewhere),
                org.assertj.core.groups.Tuple.tuple(fair.plusDays(1), null, true, null));
        editing.setCancelled(id, fair.plusDays(1), EventRule.ALL_DAY_START, true);
        assertThat(editing.load(id).scheduled).extracting(OfferForm.ScheduledDate::cancelled).containsExactly(false, true);
        // The log says the day, all day, not the 00:00 it is kept at.
        assertThat(audit.about("offer", id)).filteredOn(e -> e.getAction().equals("DATE_CANCELLED"))
                .extracting(e -> e.getDetail()).containsExactly(fair.plusDays(1) + " all day");
    }

    @Test
    void one_date_of_a_weekly_series_can_take_place_elsewhere() {
        OfferForm form = form("Lauftreff " + TestOffers.uniqueWord());
        form.eventKind = OfferForm.EventKind.WEEKLY;
        form.eventDay = LocalDate.now().plusDays(1).getDayOfWeek();
        form.eventFrom = LocalDate.now().plusDays(1);
        form.eventUntil = LocalDate.now().plusDays(30);
        form.eventStart = LocalTime.of(18, 0);
        long id = editing.save(form);
        long elsewhere = municipalities.all().get(2).id();

        OfferForm loaded = editing.load(id);
        OfferForm.ScheduledDate second = loaded.scheduled.get(1);
        loaded.scheduled.set(1, new OfferForm.ScheduledDate(second.date(), second.start(), second.end(), false, elsewhere));
        editing.save(loaded);
        assertThat(editing.load(id).scheduled).extracting(OfferForm.ScheduledDate::municipalityId)
                .containsOnlyOnce(elsewhere).element(1).isEqualTo(elsewhere);
    }

    @Test
    void another_provider_can_neither_read_nor_change_my_offer() {
        long id = editing.save(form("Kochabend " + TestOffers.uniqueWord()));
        OfferForm mine = editing.load(id);
        TestAccounts.signIn(testAccounts.provider("de"));
        assertThatThrownBy(() -> editing.load(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.save(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.submit(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void offers_past_their_date_expire_and_a_reminder_link_keeps_an_offer_for_half_a_year() {
        long expiring = published(form("Altes Angebot " + TestOffers.uniqueWord()));
        long ending = published(form("Endet bald " + TestOffers.uniqueWord()));
        jdbc.update("update offer set valid_until = ? where id = ?", LocalDate.now().minusDays(1), expiring);
        jdbc.update("update offer set valid_until = ? where id = ?", LocalDate.now().plusDays(7), ending);
        String email = accounts.account(provider.accountId()).orElseThrow().getEmail();

        SystemActor.run(() -> {
            freshness.expireDue();
            freshness.remindDue();
        });
        assertThat(jdbc.queryForObject("select review_state from offer where id = ?", String.class, expiring)).isEqualTo("EXPIRED");
        assertThat(publicOffers.published(expiring, "de")).isEmpty();
        List<MimeMessage> mails = List.of(inbox.await(email, 2), inbox.await(email, 3));
        MimeMessage reminder = mails.stream().filter(m -> Inbox.body(m).contains("/still-valid/")).findFirst().orElseThrow();
        // The provider registered in Ukrainian: the reminder is in Ukrainian.
        assertThat(Inbox.body(reminder)).doesNotContain("Hallo");

        String path = Inbox.linkPath(reminder, "/offer/" + ending + "/still-valid/");
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertThat(freshness.confirmStillValid(ending, token)).hasValueSatisfying(confirmation ->
                assertThat(confirmation.validUntil()).contains(LocalDate.now().plusDays(7).plusMonths(6)));
        assertThat(freshness.confirmStillValid(ending, token)).isEmpty();
        SystemActor.run(freshness::remindDue);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email))
                .as("no further reminder written to the outbox").isEqualTo(3);
        assertThat(inbox.to(email)).hasSize(3);
    }

    @Test
    void a_newcomer_writes_to_a_provider_whose_address_stays_private() throws Exception {
        OfferForm form = form("Beratung " + TestOffers.uniqueWord());
        String providerMail = TestAccounts.uniqueEmail();
        form.email = providerMail;
        form.emailPublic = false;
        long id = published(form);
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.email()).isEmpty());
        assertThat(relay.available(id)).isTrue();
        TestAccounts.signOut();

        relay.send(id, "Amina", "amina@example.net", "Wann kann ich kommen?", Language.get("ar"), "198.51.100.1");
        MimeMessage relayed = inbox.await(providerMail, 1);
        assertThat(Inbox.body(relayed)).contains("Wann kann ich kommen?");
        assertThat(relayed.getReplyTo()[0].toString()).isEqualTo("amina@example.net");
        relay.send(id, "", "", "Zweite Frage", Language.get("ar"), "198.51.100.1");
        relay.send(id, "", "", "Dritte Frage", Language.get("ar"), "198.51.100.1");
        assertThatThrownBy(() -> relay.send(id, "", "", "Vierte Frage", Language.get("ar"), "198.51.100.1"))
                .isInstanceOf(de.willkommenvorort.account.TooManyAttempts.class);
    }

    @Test
    void deleting_the_account_archives_the_offers_and_keeps_only_a_pseudonym() {
        long id = published(form("Deutsch am Abend " + TestOffers.uniqueWord()));
        Map<String, Object> export = accounts.export(provider.accountId());
        assertThat(export).containsKeys("account", "provider", "offers", "auditTrail");
        assertThat((List<?>) export.get("offers")).hasSize(1);

        accounts.delete(provider.accountId(), TestAccounts.PASSWORD);
        assertThat(publicOffers.published(id, "de")).isEmpty();
        assertThat(jdbc.queryForObject("select review_state from offer where id = ?", String.class, id)).isEqualTo("ARCHIVED");
        assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, provider.accountId())).isZero();
        assertThat(jdbc.queryForObject("select name from provider where id = ?", String.class, provider.providerId()))
                .isEqualTo(provider.pseudonym());
        assertThat(audit.by(provider.pseudonym())).extracting(e -> e.getAction()).contains("ACCOUNT_DELETED");
    }

    private long published(OfferForm form) {
        long id = editing.save(form);
        editing.submit(id);
        SystemActor.run(() -> review.publish(id));
        return id;
    }

    private OfferForm form(String title) {
        OfferForm form = testOffers.form(title);
        if (title.isEmpty()) {
            form.text("de").summary = "";
        }
        return form;
    }
}
