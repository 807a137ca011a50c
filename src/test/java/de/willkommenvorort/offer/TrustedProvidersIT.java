package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trusted organisations (issue 15): an administrator trusts a provider; its new offers and changes
 * go public at once and wait in a queue of their own until staff check them afterwards or take them
 * off; withdrawing the trust sends the next ones through review again. All of it in the audit log.
 */
@AppTest
class TrustedProvidersIT {

    @Autowired
    ProviderService providers;
    @Autowired
    OfferEditing editing;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    AuditLog audit;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;
    @Autowired
    JdbcTemplate jdbc;

    AccountUser provider;
    AccountUser admin;
    AccountUser moderator;

    @BeforeEach
    void aProviderAndStaff() {
        provider = accounts.provider("de");
        admin = accounts.admin();
        moderator = accounts.moderator();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void only_an_administrator_trusts_a_provider_or_withdraws_the_trust_and_the_audit_log_says_who() {
        TestAccounts.signIn(moderator);
        assertThatThrownBy(() -> providers.trust(provider.providerId(), true)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(provider);
        assertThatThrownBy(() -> providers.trust(provider.providerId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(providers.trusted(provider.providerId())).isFalse();

        TestAccounts.signIn(admin);
        providers.trust(provider.providerId(), true);
        assertThat(providers.profile(provider.providerId()).orElseThrow().trusted()).isTrue();
        providers.trust(provider.providerId(), false);
        assertThat(providers.trusted(provider.providerId())).isFalse();
        assertThat(audit.about("provider", provider.providerId())).extracting(AuditEntry::getAction)
                .containsExactly("PROVIDER_TRUSTED", "PROVIDER_TRUST_WITHDRAWN");
        assertThat(audit.about("provider", provider.providerId())).extracting(AuditEntry::getActor)
                .containsOnly(admin.pseudonym());
    }

    @Test
    void a_trusted_providers_new_offer_is_public_at_once_and_waits_for_staff_to_check_it_afterwards() {
        trust(true);
        String word = TestOffers.uniqueWord();
        long id = offers.submittedBy(provider, "Sprachkurs " + word);

        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> assertThat(o.title()).contains(word));
        TestAccounts.signIn(moderator);
        assertThat(ids(queue.waiting(ReviewQueue.Filter.none(), "de"))).doesNotContain(id);
        assertThat(ids(queue.unchecked(ReviewQueue.Filter.none(), "de"))).contains(id);
        assertThat(queue.countUnchecked()).isPositive();
        ReviewQueue.Review item = queue.review(id, "de").orElseThrow();
        assertThat(item.unchecked()).isPresent();
        assertThat(lastEntry(id).getAfter()).contains("state: PUBLISHED", "review: afterwards");
        assertThat(lastEntry(id).getActor()).isEqualTo(provider.pseudonym());

        review.check(id, item.version());
        assertThat(ids(queue.unchecked(ReviewQueue.Filter.none(), "de"))).doesNotContain(id);
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(lastEntry(id).getAction()).isEqualTo("OFFER_CHECKED");
        assertThat(lastEntry(id).getActor()).isEqualTo(moderator.pseudonym());
        assertThat(jdbc.queryForObject("select confirmed_on from offer where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(CountyTime.ZONE));
        assertThatThrownBy(() -> review.check(id, queue.review(id, "de").orElseThrow().version()))
                .as("nothing left to check").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_trusted_providers_change_is_public_at_once_and_staff_read_what_changed() {
        trust(true);
        String word = TestOffers.uniqueWord();
        long id = offers.submittedBy(provider, "Nähcafé " + word);
        TestAccounts.signIn(moderator);
        review.check(id, queue.review(id, "de").orElseThrow().version());

        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(id);
        edit.text("de").title = "Nähcafé am Abend " + word;
        edit.text("de").whatToBring = "Stoff und Garn, wenn vorhanden";
        editing.save(edit);
        editing.submit(id);

        assertThat(publicOffers.published(id, "de")).hasValueSatisfying(o -> {
            assertThat(o.title()).isEqualTo("Nähcafé am Abend " + word);
            assertThat(o.whatToBring()).as("public at once, like the description").isEqualTo("Stoff und Garn, wenn vorhanden");
        });
        assertThat(jdbc.queryForObject("select count(*) from offer where revision_of = ?", Integer.class, id))
                .as("the revision is merged, none left").isZero();
        TestAccounts.signIn(moderator);
        ReviewQueue.Unchecked unchecked = queue.review(id, "de").orElseThrow().unchecked().orElseThrow();
        assertThat(unchecked.changes()).singleElement().satisfies(change -> {
            assertThat(change.before()).contains("Nähcafé " + word).doesNotContain("am Abend");
            assertThat(change.after()).contains("Nähcafé am Abend " + word)
                    .contains("what-to-bring de: Stoff und Garn, wenn vorhanden");
            assertThat(change.before()).doesNotContain("Stoff");
            assertThat(change.actor()).isEqualTo(provider.pseudonym());
        });
    }

    @Test
    void staff_take_an_unchecked_offer_off_and_without_trust_the_next_one_waits_for_review() {
        trust(true);
        long first = offers.submittedBy(provider, "Fahrradkurs " + TestOffers.uniqueWord());
        long second = offers.submittedBy(provider, "Schwimmkurs " + TestOffers.uniqueWord());
        TestAccounts.signIn(moderator);
        review.unpublish(first, queue.review(first, "de").orElseThrow().version(), RejectionReason.UNCLEAR, "Wo genau?");
        assertThat(state(first)).isEqualTo("REJECTED");
        assertThat(ids(queue.unchecked(ReviewQueue.Filter.none(), "de"))).doesNotContain(first).contains(second);

        trust(false);
        long third = offers.submittedBy(provider, "Kochkurs " + TestOffers.uniqueWord());
        assertThat(state(third)).isEqualTo("SUBMITTED");
        assertThat(publicOffers.published(third, "de")).isEmpty();
        TestAccounts.signIn(moderator);
        assertThat(ids(queue.waiting(ReviewQueue.Filter.none(), "de"))).contains(third);
        assertThat(ids(queue.unchecked(ReviewQueue.Filter.none(), "de")))
                .as("what went public unchecked still waits to be checked").contains(second).doesNotContain(third);

        // A revision staff approve is read in full: nothing of the offer is left unchecked.
        TestAccounts.signIn(provider);
        OfferForm edit = editing.load(second);
        edit.text("de").summary = "Jetzt auch samstags";
        editing.save(edit);
        editing.submit(second);
        long revision = jdbc.queryForObject("select id from offer where revision_of = ?", Long.class, second);
        TestAccounts.signIn(moderator);
        review.approve(revision, queue.review(revision, "de").orElseThrow().version());
        assertThat(ids(queue.unchecked(ReviewQueue.Filter.none(), "de"))).doesNotContain(second);
    }

    private void trust(boolean trusted) {
        TestAccounts.signIn(admin);
        providers.trust(provider.providerId(), trusted);
        TestAccounts.signOut();
    }

    private String state(long id) {
        return jdbc.queryForObject("select review_state from offer where id = ?", String.class, id);
    }

    private AuditEntry lastEntry(long id) {
        return audit.about("offer", id).getLast();
    }

    private static List<Long> ids(List<ReviewQueue.Item> items) {
        return items.stream().map(ReviewQueue.Item::id).toList();
    }
}
