package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.PublicOffers;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import de.willkommenvorort.support.XliffFill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A moderator at 360×640 takes the XLIFF file of what Tigrinya lacks, brings it back translated,
 * and approves the translation: only then does a Tigrinya reader see it.
 */
@AppTest
class TranslationsBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;
    @Autowired
    PublicOffers publicOffers;

    @Test
    void staff_download_what_a_language_lacks_bring_it_back_translated_and_approve_it() throws IOException {
        String word = TestOffers.uniqueWord();
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé 36251 " + word));
        AccountUser moderator = accounts.moderator();
        signInStaff(moderator.getUsername(), TestAccounts.PASSWORD, accounts.secret(moderator));
        open("/staff/translations");
        pick("Sprache", "Tigrinya");
        Locator link = page.locator("a.primary-link");
        assertThat(link).containsText("XLIFF-Datei herunterladen");
        Download download = page.waitForDownload(link::click);
        String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(exported).contains("<group id=\"offer-" + offer + "\">");

        Path translated = Files.createTempFile("ti-", ".xlf");
        Files.writeString(translated, XliffFill.fill(exported, offer, "ቤት ቡን ቋንቋ 36251 " + word, "ሓጺር 36251", "መግለጺ 36251"));
        FileChooser chooser = page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Übersetzte XLIFF-Datei hochladen")).click());
        chooser.setFiles(translated);
        assertThat(page.locator(".form-notice")).containsText("1 Übersetzung zur Prüfung angelegt");
        assertThat(publicOffers.published(offer, "ti").orElseThrow().textLanguage()).isEqualTo("de");

        Locator proposal = page.locator(".translation-proposal").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(proposal.locator(".translation-column").nth(1)).containsText("ቤት ቡን ቋንቋ 36251");
        screenshot("staff-translations-phone");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Freigeben")).click();
        assertThat(page.locator(".form-notice")).containsText("Freigegeben");
        assertThat(page.locator(".translation-proposal").filter(new Locator.FilterOptions().setHasText(word))).hasCount(0);
        assertThat(publicOffers.published(offer, "ti").orElseThrow().title()).startsWith("ቤት ቡን ቋንቋ 36251");
    }
}
