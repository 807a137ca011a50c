package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Show this at the office" on a phone, in German, Arabic and Tigrinya: from the offer's page to
 * the card; the newcomer's side and the German side each carry their own title and what to bring, and the QR code,
 * read from the screen as a camera would, is the offer's link.
 */
@AppTest
class OfficeCardBT extends BrowserTest {

    @Autowired
    TestOffers offers;
    @Autowired
    TranslationProvider translations;
    @Autowired
    PublicAddress address;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar", "ti"})
    void the_card_shows_the_offer_in_the_newcomers_language_and_german_and_its_qr_code_is_the_offers_link(
            String code) throws IOException, NotFoundException {
        String word = TestOffers.uniqueWord();
        Map<String, String> titles = Map.of("de", "Sprachcafé " + word, "ar", "مقهى اللغة " + word,
                "ti", "ቤት ቡን ቋንቋ " + word);
        // Tigrinya has no list of its own: its side shows the German one.
        Map<String, String> bring = Map.of("de", "Pass oder Aufenthaltstitel, Brief vom Jobcenter",
                "ar", "جواز السفر أو تصريح الإقامة، رسالة من مركز العمل");
        long id = offers.published("language-cafe", titles, bring);
        Language language = Language.get(code);

        usePhone(code);
        open("/offer/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(translations.translate("card.open", language))).click();
        page.waitForURL(u -> u.endsWith("/card/" + id));
        settle();

        assertThat(page.locator(".card-side[lang=" + code + "] .card-title")).hasText(titles.get(code));
        assertThat(page.locator(".card-side[lang=" + code + "] .card-ask"))
                .hasText(translations.translate("card.ask", language));
        if (!code.equals("de")) {
            assertThat(page.locator(".card-side[lang=" + code + "]")).hasAttribute("dir",
                    language.rightToLeft() ? "rtl" : "ltr");
            assertThat(page.locator(".card-side[lang=de] .card-title")).hasText(titles.get("de"));
            assertThat(page.locator(".card-side[lang=de] .card-ask")).hasText(
                    "Guten Tag! Ich suche dieses Angebot. Können Sie mir bitte helfen?");
        } else {
            assertThat(page.locator(".card-side")).hasCount(1);
        }
        assertThat(page.locator(".card-side[lang=" + code + "]")).containsText("+49 6621 1234");
        assertThat(page.locator(".card-side[lang=" + code + "] .card-what-to-bring"))
                .hasText(bring.getOrDefault(code, bring.get("de")));
        assertThat(page.locator(".card-side[lang=" + code + "] .card-what-to-bring").locator("xpath=..")
                .locator(".card-label")).hasText(translations.translate("offer.what-to-bring", language));
        assertThat(page.locator(".card-side[lang=de] .card-what-to-bring")).hasText(bring.get("de"));
        assertThat(page.locator(".card-side[lang=de] .card-what-to-bring")).isVisible();

        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(page.locator(".card-qr").screenshot()));
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        String read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
        assertThat(read).isEqualTo(address.of("offer/" + id));
        screenshot("office-card-" + code);
    }
}
