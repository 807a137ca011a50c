package de.willkommenvorort.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.OfferDetails;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import de.willkommenvorort.support.XliffFill;
import de.willkommenvorort.translation.TranslationWork.ImportReport;
import de.willkommenvorort.translation.TranslationWork.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An agency's round trip: the XLIFF file of what Tigrinya lacks, filled in, imported as proposals
 * that are not public, approved into the offer without touching its German; and what an import
 * refuses, each with its reason.
 */
@AppTest
class TranslationWorkIT {

    private static final Language TIGRINYA = Language.get("ti");

    @Autowired
    TranslationWork work;
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
        assertThat(work.open()).filteredOn(p -> p.offerId() == offer).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("ቤት ቡን ቋንቋ 36251"));

        // The same file again replaces the open proposal rather than adding a second.
        importing(XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251 (2)", "ሓጺር 36251", "መግለጺ 36251"));
        TranslationWork.Proposal proposal = work.open().stream().filter(p -> p.offerId() == offer).findFirst().orElseThrow();
        assertThat(work.open()).filteredOn(p -> p.offerId() == offer).hasSize(1);
        assertThat(proposal.title()).endsWith("(2)");

        assertThat(work.approve(proposal.id())).isTrue();
        OfferDetails shown = text(offer);
        assertThat(shown.textLanguage()).isEqualTo("ti");
        assertThat(shown.title()).isEqualTo("ቤት ቡን ቋንቋ 36251 (2)");
        assertThat(text(offer, "de").title()).as("the German is untouched").startsWith("Sprachcafé 36251");
        assertThat(work.open()).noneMatch(p -> p.offerId() == offer);
        ImportReport again = importing(XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251 (2)", "ሓጺር 36251", "መግለጺ 36251"));
        assertThat(again.proposed()).as("words already public are not proposed again").isZero();
        assertThat(work.open()).noneMatch(p -> p.offerId() == offer);
        assertThat(new String(work.export(TIGRINYA), StandardCharsets.UTF_8)).doesNotContain("offer-" + offer + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRANSLATION_APPROVED' AND subject_id = ?")
                .param(offer).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_import_refuses_what_it_cannot_take_and_says_why() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TestAccounts.signIn(accounts.moderator());
        String exported = new String(work.export(TIGRINYA), StandardCharsets.UTF_8);

        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን", "ሓጺር", "መግለጺ")).messages())
                .contains(Message.of("translation.import.missing-part", offer, "36251"));
        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን <ph id=\"1\"/> 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replace("&lt;ph id=\"1\"/&gt;", "<ph id=\"1\"/>")).messages())
                .contains(Message.of("translation.import.markup", offer));
        assertThat(importing(XliffFill.fill(exported, offer, "ቤት ቡን 36251", "", "መግለጺ 36251")).messages())
                .contains(Message.of("translation.import.empty", offer));
        String otherHash = XliffFill.fill(exported, offer, "ቤት ቡን 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replaceFirst("(<group id=\"offer-" + offer + "\"><notes><note category=\"source-hash\">)[0-9a-f]+", "$1feed");
        assertThat(importing(otherHash).messages()).contains(Message.of("translation.import.source-changed", offer));
        String unknown = XliffFill.fill(exported, offer, "ቤት ቡን 36251", "ሓጺር 36251", "መግለጺ 36251")
                .replaceAll("offer-" + offer + "(?=[\"-])", "offer-999999999");
        assertThat(importing(unknown).messages()).contains(Message.of("translation.import.unknown", 999999999L));
        assertThat(importing(exported.replace("trgLang=\"ti\"", "trgLang=\"xx\"")).messages())
                .containsExactly(Message.of("translation.import.target-language", "xx"));
        assertThat(importing(exported.replace("srcLang=\"de\"", "srcLang=\"en\"")).messages())
                .containsExactly(Message.of("translation.import.source-language"));
        assertThat(importing("<html>nothing</html>").messages()).containsExactly(Message.of("translation.import.not-xliff"));
        assertThat(work.open()).noneMatch(p -> p.offerId() == offer);
        assertThat(text(offer).textLanguage()).isEqualTo("de");
    }

    @Test
    void a_refused_proposal_never_reaches_the_offer_and_providers_may_not_touch_any_of_it() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + TestOffers.uniqueWord()));
        TestAccounts.signIn(accounts.moderator());
        importing(XliffFill.fill(new String(work.export(TIGRINYA), StandardCharsets.UTF_8), offer, "ቤት ቡን 36251", "ሓጺር 36251",
                "መግለጺ 36251"));
        long id = work.open().stream().filter(p -> p.offerId() == offer).findFirst().orElseThrow().id();
        work.refuse(id, "Wrong register");
        assertThat(work.open()).noneMatch(p -> p.offerId() == offer);
        assertThat(text(offer).textLanguage()).isEqualTo("de");
        assertThatThrownBy(() -> work.approve(id)).isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(accounts.provider("de"));
        assertThatThrownBy(() -> work.export(TIGRINYA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.importFile(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.open()).isInstanceOf(AccessDeniedException.class);
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
