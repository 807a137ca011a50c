package de.willkommenvorort.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.SqlStatements;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestInfoPages;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import jakarta.mail.MessagingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Volunteer translators: they register with their languages, see what those lack (what staff
 * asked for on top, then the oldest published), send translations that wait for review, and
 * approve other people's only in a language staff trust them with. Nothing reaches newcomers
 * unreviewed, and the German is never touched.
 */
@AppTest
class TranslatorsIT {

    private static final Language SOMALI = Language.get("so");
    private static final Language HAUSA = Language.get("ha");

    @Autowired
    Translators translators;
    @Autowired
    TranslationQueue queue;
    @Autowired
    TranslationReview review;
    @Autowired
    TranslationWork work;
    @Autowired
    TestOffers offers;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestInfoPages infoPages;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    InfoPages publicInfoPages;
    @Autowired
    AccountService accountService;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_queue_puts_what_staff_asked_for_on_top_then_the_oldest_and_tells_the_translators() throws MessagingException {
        long older = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
        long newer = offers.published("language-cafe", Map.of("de", "Lesecafé " + TestOffers.uniqueWord()));
        AccountUser translator = accounts.translator("so", "am");
        TestAccounts.signIn(translator);
        List<TextRef> refs = refs(queue.queue(SOMALI));
        assertThat(refs).contains(TextRef.offer(older), TextRef.offer(newer));
        assertThat(refs.indexOf(TextRef.offer(older))).isLessThan(refs.indexOf(TextRef.offer(newer)));
        assertThatThrownBy(() -> queue.request(SOMALI, List.of(TextRef.offer(newer)), null))
                .as("only staff ask").isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(accounts.moderator());
        assertThat(queue.request(SOMALI, List.of(TextRef.offer(newer)), "Für die Erstaufnahme")).isEqualTo(1);
        assertThat(queue.request(SOMALI, List.of(TextRef.offer(newer)), null)).as("asked once only").isZero();

        TestAccounts.signIn(translator);
        TranslationQueue.Item first = queue.queue(SOMALI).getFirst();
        assertThat(first.source().ref()).isEqualTo(TextRef.offer(newer));
        assertThat(first.requested()).isTrue();
        assertThat(first.requestNote()).isEqualTo("Für die Erstaufnahme");
        var mail = inbox.await(translator.getUsername(), 2);
        assertThat(mail.getSubject()).isEqualTo("Translation into Somali wanted");
        assertThat(Inbox.body(mail)).contains("/translate", "Für die Erstaufnahme");

        assertThatThrownBy(() -> queue.queue(Language.get("ti"))).as("not one of their languages")
                .isInstanceOf(TranslationQueue.NotAvailable.class);
        assertThatThrownBy(() -> work.export(SOMALI)).as("the agency's file is staff's")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_translation_waits_for_review_and_only_someone_trusted_with_the_language_approves_it() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TextRef ref = TextRef.offer(offer);
        AccountUser writer = accounts.translator("so");
        AccountUser other = accounts.translator("so");
        AccountUser arabic = accounts.translator("ar");

        TestAccounts.signIn(writer);
        TranslationQueue.Task task = queue.task(ref, SOMALI).orElseThrow();
        assertThat(task.source().german()).containsOnlyKeys("title", "summary", "description");
        assertThat(task.keepAsWritten()).containsExactly("36251");
        String hash = task.source().hash();
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words("Kafeega luqadda", "Gaaban", "Sharaxaad")))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class, notTaken -> {
                    assertThat(notTaken.problems()).containsEntry("", "translation.error.missing-part");
                    assertThat(notTaken.parts()).containsExactly("36251");
                });
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words("Kafeega luqadda 36251", " ", "Sharaxaad")))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class,
                        notTaken -> assertThat(notTaken.problems()).containsEntry("summary", "translation.error.empty"));
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, "0000", words("Kafeega luqadda 36251", "Gaaban", "Sharaxaad")))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class,
                        notTaken -> assertThat(notTaken.problems()).containsEntry("", "translation.error.source-changed"));
        queue.submit(ref, SOMALI, hash, words("Kafeega luqadda 36251", "Gaaban", "Sharaxaad"));
        queue.submit(ref, SOMALI, hash, words("Kafeega luqadda 36251 (2)", "Gaaban", "Sharaxaad"));
        assertThat(queue.task(ref, SOMALI).orElseThrow().sent()).get()
                .satisfies(sent -> assertThat(sent.get("title")).endsWith("(2)"));
        assertThat(publicOffers.published(offer, "so").orElseThrow().textLanguage()).as("not public before review")
                .isEqualTo("de");
        assertThat(review.open()).as("no one reviews without being trusted").isEmpty();

        TestAccounts.signIn(other);
        assertThat(queue.queue(SOMALI)).as("someone else's translation waits").noneMatch(i -> i.source().ref().equals(ref));
        assertThat(queue.task(ref, SOMALI).orElseThrow().waitingFromOthers()).isTrue();
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words("Kafe 36251", "G", "S")))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class,
                        notTaken -> assertThat(notTaken.problems()).containsEntry("", "translation.error.waiting"));
        long proposal = openProposal(ref);
        assertThatThrownBy(() -> review.approve(proposal)).isInstanceOf(TranslationReview.NotYours.class);

        TestAccounts.signIn(accounts.moderator());
        translators.trust(other.accountId(), "so", true);
        translators.trust(writer.accountId(), "so", true);
        assertThatThrownBy(() -> translators.trust(arabic.accountId(), "so", true))
                .as("trust only in a language they translate").isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRANSLATOR_TRUSTED' AND subject_id = ?")
                .param(other.accountId()).query(Long.class).single()).isEqualTo(1);

        TestAccounts.signIn(writer);
        assertThat(review.open()).as("never one's own").noneMatch(p -> p.ref().equals(ref));
        assertThatThrownBy(() -> review.approve(proposal)).isInstanceOf(TranslationReview.NotYours.class);
        TestAccounts.signIn(arabic);
        assertThat(review.open()).noneMatch(p -> p.ref().equals(ref));
        assertThatThrownBy(() -> review.approve(proposal)).isInstanceOf(TranslationReview.NotYours.class);

        TestAccounts.signIn(other);
        assertThat(review.open()).anyMatch(p -> p.id() == proposal && p.fromTranslator());
        assertThat(review.approve(proposal)).isTrue();
        var shown = publicOffers.published(offer, "so").orElseThrow();
        assertThat(shown.textLanguage()).isEqualTo("so");
        assertThat(shown.title()).isEqualTo("Kafeega luqadda 36251 (2)");
        assertThat(publicOffers.published(offer, "de").orElseThrow().title()).startsWith("Sprachcafé 36251");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'TRANSLATION_APPROVED' AND subject_id = ?")
                .param(offer).query(String.class).single()).isEqualTo(other.pseudonym());

        TestAccounts.signIn(writer);
        assertThat(queue.sent()).filteredOn(s -> s.ref().equals(ref)).singleElement()
                .extracting(TranslationQueue.Sent::state).isEqualTo("APPROVED");
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words("Kafeega luqadda 36251 (2)", "Gaaban", "Sharaxaad")))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class,
                        notTaken -> assertThat(notTaken.problems()).containsEntry("", "translation.error.unchanged"));
        TestAccounts.signIn(accounts.moderator());
        translators.trust(other.accountId(), "so", false);
        TestAccounts.signIn(other);
        assertThat(translators.mine()).containsEntry(SOMALI, false);
    }

    @Test
    void a_volunteer_translates_what_to_bring_where_the_german_lists_it_and_it_is_public_once_approved() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()),
                Map.of("de", "Pass und Brief vom Jobcenter"));
        TextRef ref = TextRef.offer(offer);
        TestAccounts.signIn(accounts.translator("so"));
        TranslationQueue.Task task = queue.task(ref, SOMALI).orElseThrow();
        assertThat(task.source().german()).containsOnlyKeys("title", "summary", "description", "what-to-bring")
                .containsEntry("what-to-bring", "Pass und Brief vom Jobcenter");
        String hash = task.source().hash();
        Map<String, String> words = words("Kafeega luqadda", "Gaaban", "Sharaxaad");
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words))
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class, notTaken ->
                        assertThat(notTaken.problems()).containsEntry("what-to-bring", "translation.error.empty"));
        words.put("what-to-bring", "Baasaboor iyo warqad ka timid Jobcenter");
        queue.submit(ref, SOMALI, hash, words);

        TestAccounts.signIn(accounts.moderator());
        assertThat(review.approve(openProposal(ref))).isTrue();
        var shown = publicOffers.published(offer, "so").orElseThrow();
        assertThat(shown.textLanguage()).isEqualTo("so");
        assertThat(shown.whatToBring()).isEqualTo("Baasaboor iyo warqad ka timid Jobcenter");
        TestAccounts.signIn(accounts.translator("so"));
        assertThatThrownBy(() -> queue.submit(ref, SOMALI, hash, words))
                .as("the same words, what to bring included, are what is public already")
                .isInstanceOfSatisfying(TranslationQueue.NotTaken.class, notTaken ->
                        assertThat(notTaken.problems()).containsEntry("", "translation.error.unchanged"));
    }

    @Test
    void a_volunteer_translates_an_info_page_that_staff_approve() {
        long page = infoPages.published("Kita " + TestOffers.uniqueWord(), "Anmeldung im Rathaus, Telefon 06621 87-0.",
                Map.of());
        TextRef ref = TextRef.infoPage(page);
        AccountUser translator = accounts.translator("so");
        TestAccounts.signIn(translator);
        TranslationQueue.Task task = queue.task(ref, SOMALI).orElseThrow();
        assertThat(task.source().german()).containsOnlyKeys("title", "body");
        assertThat(task.terms()).as("the glossary knows Kita").anyMatch(t -> t.german().equals("Kita"));
        queue.submit(ref, SOMALI, task.source().hash(), Map.of("title", "Xannaanada carruurta",
                "body", "Isku diiwaangeli xafiiska degmada, telefoon 06621 87-0."));

        TestAccounts.signIn(accounts.moderator());
        TranslationReview.Proposal proposal = review.open().stream().filter(p -> p.ref().equals(ref)).findFirst().orElseThrow();
        assertThat(review.approve(proposal.id())).isTrue();
        String slug = jdbc.sql("SELECT slug FROM info_page WHERE id = ?").param(page).query(String.class).single();
        assertThat(publicInfoPages.published(slug, SOMALI).orElseThrow().title()).isEqualTo("Xannaanada carruurta");
    }

    @Test
    void registering_needs_a_language_and_saves_nothing_otherwise_and_the_data_goes_with_the_account() {
        String email = TestAccounts.uniqueEmail();
        assertThatThrownBy(() -> translators.register(new Translators.SignUp("Hiwet", email, TestAccounts.PASSWORD, "ti",
                true, Set.of()), "203.0.113.7"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("languages", "translator.languages.required"));
        assertThatThrownBy(() -> translators.register(new Translators.SignUp("", email, TestAccounts.PASSWORD, "ti",
                true, Set.of("de")), "203.0.113.7"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsKeys("name", "languages"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single())
                .isZero();

        AccountUser translator = accounts.translator("ti", "am");
        assertThat(translator.role()).isEqualTo("TRANSLATOR");
        assertThat(translator.providerId()).isNull();
        TestAccounts.signIn(translator);
        assertThat(translators.mine()).containsOnlyKeys(Language.get("ti"), Language.get("am"));
        translators.changeMine(Set.of("ti"));
        assertThat(translators.mine()).containsOnlyKeys(Language.get("ti"));
        assertThatThrownBy(() -> translators.changeMine(Set.of())).isInstanceOf(InvalidInput.class);
        assertThat(accountService.export(translator.accountId())).containsKey("translatorLanguages");
        accountService.delete(translator.accountId(), TestAccounts.PASSWORD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM translator_language WHERE account_id = ?").param(translator.accountId())
                .query(Long.class).single()).isZero();

        TestAccounts.signIn(accounts.provider("de"));
        assertThatThrownBy(() -> queue.queue(SOMALI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.open()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translators.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_queue_what_was_sent_and_what_waits_for_review_take_as_many_queries_for_many_texts_as_for_few() {
        AccountUser writer = accounts.translator("ha");
        AccountUser reviewer = accounts.translator("ha");
        AccountUser staff = accounts.moderator();
        TestAccounts.signIn(staff);
        translators.trust(reviewer.accountId(), "ha", true);

        Queries few = queriesAfterTranslating(1, writer, reviewer, staff);
        Queries many = queriesAfterTranslating(4, writer, reviewer, staff);
        assertThat(List.of(few.queue(), few.sent(), few.open(), few.openCountForTranslator(), few.openCountForStaff()))
                .as("statements are counted").allMatch(n -> n > 0);
        assertThat(many).as("one query a kind of text, not one a text").isEqualTo(few);
    }

    /** Statements sent for each list, after {@code writer} translated this many more offers and info pages. */
    private Queries queriesAfterTranslating(int texts, AccountUser writer, AccountUser reviewer, AccountUser staff) {
        for (int i = 0; i < texts; i++) {
            String word = TestOffers.uniqueWord();
            TextRef offer = TextRef.offer(offers.published("language-cafe", Map.of("de", "Sprachcafé " + word)));
            TextRef page = TextRef.infoPage(infoPages.published("Rathaus " + word, "Melden Sie sich im Rathaus an.", Map.of()));
            TestAccounts.signIn(writer);
            queue.submit(offer, HAUSA, queue.task(offer, HAUSA).orElseThrow().source().hash(),
                    words("Gidan shan shayi na harshe", "Takaitacce", "Bayani"));
            queue.submit(page, HAUSA, queue.task(page, HAUSA).orElseThrow().source().hash(),
                    Map.of("title", "Zauren gari", "body", "Ku yi rajista a zauren gari."));
            assertThat(queue.sent()).filteredOn(s -> s.ref().equals(offer)).singleElement()
                    .satisfies(s -> assertThat(s.title()).contains("Sprachcafé " + word));
        }
        TestAccounts.signIn(writer);
        long queueOf = SqlStatements.sentBy(() -> queue.queue(HAUSA));
        long sent = SqlStatements.sentBy(queue::sent);
        TestAccounts.signIn(reviewer);
        long open = SqlStatements.sentBy(review::open);
        long count = SqlStatements.sentBy(review::openCount);
        assertThat(review.openCount()).isEqualTo(review.open().size());
        TestAccounts.signIn(staff);
        long staffCount = SqlStatements.sentBy(review::openCount);
        assertThat(review.openCount()).isEqualTo(review.open().size());
        return new Queries(queueOf, sent, open, count, staffCount);
    }

    private record Queries(long queue, long sent, long open, long openCountForTranslator, long openCountForStaff) {
    }

    private long openProposal(TextRef ref) {
        String column = ref.kind() == TextRef.Kind.OFFER ? "offer_id" : "info_page_id";
        return jdbc.sql("SELECT id FROM translation_proposal WHERE " + column + " = ? AND state = 'OPEN'")
                .param(ref.id()).query(Long.class).single();
    }

    private static List<TextRef> refs(List<TranslationQueue.Item> items) {
        return items.stream().map(i -> i.source().ref()).toList();
    }

    private static Map<String, String> words(String title, String summary, String description) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("title", title);
        words.put("summary", summary);
        words.put("description", description);
        return words;
    }
}
