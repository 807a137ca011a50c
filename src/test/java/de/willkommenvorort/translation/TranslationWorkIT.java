package de.willkommenvorort.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.info.PublishedInfoPage;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestInfoPages;
import de.willkommenvorort.support.TestOffers;
import de.willkommenvorort.support.XliffFill;
import de.willkommenvorort.translation.TranslationWork.ImportReport;
import de.willkommenvorort.translation.TranslationWork.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An agency's round trip: the XLIFF file of what Tigrinya lacks (offers and info pages), filled in,
 * imported as proposals that are not public, approved into the offer or page without touching its
 * German; and what an import refuses, each with its reason (never a volunteer's translation that
 * waits for review).
 */
@AppTest
class TranslationWorkIT {

    private static final Language TIGRINYA = Language.get("ti");

    @Autowired
    TranslationWork work;
    @Autowired
    TranslationReview review;
    @Autowired
    TranslationQueue queue;
    @Autowired
    TestInfoPages infoPages;
    @Autowired
    InfoPages publicInfoPages;
    @Autowired
    TestOffers offers;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PublicOffers publicOffers;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_translated_file_waits_for_review_and_goes_live_when_approved() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);
        assertThat(exported).contains("<group id=\"offer-" + offer + "\">");

        String translated = XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251", "ሓጺር 36251", "መግለጺ 36251");
        ImportReport report = importing(translated);
        assertThat(report.refused()).as(report.messages().toString()).isZero();
        assertThat(report.proposed()).isEqualTo(1);
        assertThat(text(offer).textLanguage()).as("not public before review").isEqualTo("de");
        assertThat(review.open()).filteredOn(p -> p.ref().equals(TextRef.offer(offer))).singleElement()
                .satisfies(p -> assertThat(p.words().get("title")).isEqualTo("ቤት ቡን ቋንቋ 36251"));

        // The same file again replaces the open proposal rather than adding a second.
        importing(XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251 (2)", "ሓጺር 36251", "መግለጺ 36251"));
        TranslationReview.Proposal proposal = open(offer).findFirst().orElseThrow();
        assertThat(open(offer)).hasSize(1);
        assertThat(proposal.words().get("title")).endsWith("(2)");

        assertThat(review.approve(proposal.id())).isTrue();
        OfferDetails shown = text(offer);
        assertThat(shown.textLanguage()).isEqualTo("ti");
        assertThat(shown.title()).isEqualTo("ቤት ቡን ቋንቋ 36251 (2)");
        assertThat(text(offer, "de").title()).as("the German is untouched").startsWith("Sprachcafé 36251");
        assertThat(open(offer)).isEmpty();
        ImportReport again = importing(XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251 (2)", "ሓጺር 36251", "መግለጺ 36251"));
        assertThat(again.proposed()).as("words already public are not proposed again").isZero();
        assertThat(open(offer)).isEmpty();
        assertThat(new String(work.export(TIGRINYA), StandardCharsets.UTF_8)).doesNotContain("offer-" + offer + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRANSLATION_APPROVED' AND subject_id = ?")
                .param(offer).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void what_to_bring_goes_out_in_the_file_where_the_german_has_one_and_comes_back_with_the_translation() {
        String word = TestOffers.uniqueWord();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word),
                Map.of("de", "Pass & Brief vom Jobcenter"));
        long without = offers.published("language-cafe", Map.of("de", "Lesecafé " + word));
        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);
        assertThat(exported).contains("<unit id=\"offer-" + offer + "-what-to-bring\"><segment><source>"
                        + "Pass &amp; Brief vom Jobcenter</source>")
                .contains("<group id=\"offer-" + without + "\">")
                .doesNotContain("offer-" + without + "-what-to-bring");

        Map<String, String> stray = new LinkedHashMap<>();
        stray.put("title", "ቤት ንባብ");
        stray.put("summary", "ሓጺር");
        stray.put("description", "መግለጺ");
        String withStray = XliffFill.fill(exported, "offer-" + without, stray).replace(
                "<unit id=\"offer-" + without + "-title\">", "<unit id=\"offer-" + without + "-what-to-bring\"><segment>"
                        + "<source></source><target>ፓስፖርት</target></segment></unit><unit id=\"offer-" + without + "-title\">");
        assertThat(importing(withStray).messages()).as("no list where the German has none")
                .contains(Message.of("translation.import.markup", "offer-" + without));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "ቤት ቡን ቋንቋ");
        fields.put("summary", "ሓጺር");
        fields.put("description", "መግለጺ");
        assertThat(importing(XliffFill.fill(exported, "offer-" + offer, fields)).messages())
                .as("the list must be translated with the rest").contains(Message.of("translation.import.empty", "offer-" + offer));
        fields.put("what-to-bring", "ፓስፖርት & ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ");
        ImportReport report = importing(XliffFill.fill(exported, "offer-" + offer, fields));
        assertThat(report.refused()).as(report.messages().toString()).isZero();
        assertThat(text(offer).whatToBring()).as("not public before review").isEqualTo("Pass & Brief vom Jobcenter");
        assertThat(text(offer).whatToBringLanguage()).isEqualTo("de");

        assertThat(review.approve(open(offer).findFirst().orElseThrow().id())).isTrue();
        assertThat(text(offer).textLanguage()).isEqualTo("ti");
        assertThat(text(offer).whatToBring()).isEqualTo("ፓስፖርት & ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ");
        assertThat(text(offer).whatToBringLanguage()).isEqualTo("ti");
        assertThat(text(offer, "de").whatToBring()).as("the German is untouched").isEqualTo("Pass & Brief vom Jobcenter");
        assertThat(jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'TRANSLATION_APPROVED' AND subject_id = ?")
                .param(offer).query(String.class).single()).contains("what-to-bring ti: ፓስፖርት & ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ");
    }

    @Test
    void an_import_refuses_what_it_cannot_take_and_says_why() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);

        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን", "ሓጺር", "መግለጺ")).messages())
                .contains(Message.of("translation.import.missing-part", "offer-" + offer, "36251"));
        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን <ph id=\"1\"/> 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replace("&lt;ph id=\"1\"/&gt;", "<ph id=\"1\"/>")).messages())
                .contains(Message.of("translation.import.markup", "offer-" + offer));
        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን 36251", "", "መግለጺ 36251")).messages())
                .contains(Message.of("translation.import.empty", "offer-" + offer));
        String otherHash = XliffFill.fill(exported, offer, "ቤት ቡን 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replaceFirst("(<group id=\"offer-" + offer + "\"><notes><note category=\"source-hash\">)[0-9a-f]+", "$1feed");
        assertThat(importing(otherHash).messages()).contains(Message.of("translation.import.source-changed", "offer-" + offer));
        String unknown = XliffFill.fill(exported, offer, "ቤት ቡን 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replaceAll("offer-" + offer + "(?=[\"-])", "offer-999999999");
        assertThat(importing(unknown).messages()).contains(Message.of("translation.import.unknown", "offer-999999999"));
        assertThat(importing(exported.replace("trgLang=\"ti\"", "trgLang=\"xx\"")).messages())
                .containsExactly(Message.of("translation.import.target-language", "xx"));
        assertThat(importing(exported.replace("srcLang=\"de\"", "srcLang=\"en\"")).messages())
                .containsExactly(Message.of("translation.import.source-language"));
        assertThat(importing("<html>nothing</html>").messages()).containsExactly(Message.of("translation.import.not-xliff"));
        assertThat(open(offer)).isEmpty();
        assertThat(text(offer).textLanguage()).isEqualTo("de");
    }

    @Test
    void a_refused_proposal_never_reaches_the_offer_and_providers_may_not_touch_any_of_it() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TestAccounts.signIn(accounts.moderator());
        importing(XliffFill.fill(new String(work.export(TIGRINYA), StandardCharsets.UTF_8), offer, "ቤት ቡን 36251", "ሓጺር 36251",
                "መግለጺ 36251"));
        long id = open(offer).findFirst().orElseThrow().id();
        review.refuse(id, "Wrong register");
        assertThat(open(offer)).isEmpty();
        assertThat(text(offer).textLanguage()).isEqualTo("de");
        assertThatThrownBy(() -> review.approve(id)).isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(accounts.provider("de"));
        assertThatThrownBy(() -> work.export(TIGRINYA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.importFile(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.open()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.approve(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_info_page_goes_out_in_the_file_and_comes_back_into_what_newcomers_read() {
        long page = infoPages.published("Erste Schritte " + TestOffers.uniqueWord(),
                "Melden Sie sich im Rathaus an.\n\nTelefon 06621 87-0.", Map.of());
        String slug = slugOf(page);
        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);
        assertThat(exported).contains("<group id=\"info-" + page + "\">", "<unit id=\"info-" + page + "-body\">");

        assertThat(importing(XliffFill.fillInfoPage(exported, page, "ቀዳሞት ስጉምትታት", "ኣብ ቤት ምኽሪ ተመዝገቡ።")).messages())
                .containsExactly(Message.of("translation.import.missing-part", "info-" + page, "06621"));
        ImportReport report = importing(XliffFill.fillInfoPage(exported, page, "ቀዳሞት ስጉምትታት",
                "ኣብ ቤት ምኽሪ ተመዝገቡ።\n\nተሌፎን 06621 87-0።"));
        assertThat(report.proposed()).as(report.messages().toString()).isEqualTo(1);
        assertThat(publicInfoPages.published(slug, TIGRINYA).orElseThrow().textLanguage())
                .as("not public before review").isEqualTo("de");

        TranslationReview.Proposal proposal = review.open().stream()
                .filter(p -> p.ref().equals(TextRef.infoPage(page))).findFirst().orElseThrow();
        assertThat(proposal.words()).containsOnlyKeys("title", "body");
        assertThat(review.approve(proposal.id())).isTrue();
        PublishedInfoPage shown = publicInfoPages.published(slug, TIGRINYA).orElseThrow();
        assertThat(shown.textLanguage()).isEqualTo("ti");
        assertThat(shown.title()).isEqualTo("ቀዳሞት ስጉምትታት");
        assertThat(publicInfoPages.published(slug, Language.SOURCE).orElseThrow().body())
                .as("the German is untouched").startsWith("Melden Sie sich im Rathaus an.");
        assertThat(jdbc.sql("SELECT title FROM info_page_text WHERE page_id = ? AND language = 'ti'").param(page)
                .query(String.class).single()).as("staff's working text has it too").isEqualTo("ቀዳሞት ስጉምትታት");
        assertThat(new String(work.export(TIGRINYA), StandardCharsets.UTF_8)).doesNotContain("info-" + page + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRANSLATION_APPROVED' AND subject_type = 'info_page' AND subject_id = ?")
                .param(page).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_import_leaves_a_translators_waiting_translation_alone_and_takes_the_rest_of_the_file() {
        long typed = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        long other = offers.published("language-cafe", Map.of("de", "Lesecafé 36251 " + TestOffers.uniqueWord()));
        TextRef ref = TextRef.offer(typed);
        AccountUser translator = accounts.translator("ti");
        TestAccounts.signIn(translator);
        queue.submit(ref, TIGRINYA, queue.task(ref, TIGRINYA).orElseThrow().source().hash(),
                Map.of("title", "ቤት ቡን ቋንቋ 36251", "summary", "ሓጺር 36251", "description", "መግለጺ 36251"));

        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);
        String filled = XliffFill.fill(XliffFill.fill(exported, typed, "ካልእ ትርጉም 36251", "ሓጺር 36251", "መግለጺ 36251"),
                other, "ቤት ንባብ 36251", "ሓጺር 36251", "መግለጺ 36251");
        ImportReport report = importing(filled);
        assertThat(report.messages()).containsExactly(Message.of("translation.import.translator-waiting", "offer-" + typed));
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.proposed()).as("the file's other group is taken").isEqualTo(1);
        assertThat(open(typed)).singleElement().satisfies(p -> {
            assertThat(p.fromTranslator()).isTrue();
            assertThat(p.proposedBy()).isEqualTo(translator.pseudonym());
            assertThat(p.words().get("title")).isEqualTo("ቤት ቡን ቋንቋ 36251");
        });
        assertThat(open(other)).singleElement().satisfies(p -> {
            assertThat(p.fromTranslator()).isFalse();
            assertThat(p.words().get("title")).isEqualTo("ቤት ንባብ 36251");
        });
    }

    private String slugOf(long page) {
        return jdbc.sql("SELECT slug FROM info_page WHERE id = ?").param(page).query(String.class).single();
    }

    private Stream<TranslationReview.Proposal> open(long offer) {
        return review.open().stream().filter(p -> p.ref().equals(TextRef.offer(offer)));
    }

    private ImportReport importing(String xliff) {
        return work.importFile(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
    }

    private OfferDetails text(long offer) {
        return text(offer, TIGRINYA.code());
    }

    private OfferDetails text(long offer, String language) {
        return publicOffers.published(offer, language).orElseThrow();
    }
}
