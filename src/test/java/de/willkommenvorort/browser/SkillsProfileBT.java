package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.Media;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Meine Fähigkeiten" on a phone at 360×640, in German, Arabic and Tigrinya: a profile with an
 * occupation picked from the list survives a reload; the German summary names the occupation by its
 * German classification title and code, and its QR code, read off the screen as a counsellor's
 * camera would, is that German text; the profile saved as a file loads on another phone (a bad
 * file changes nothing); one tap deletes it, also after a reload. No request of any of these phones
 * carries a word of the profile: the server never sees it.
 */
@AppTest
class SkillsProfileBT extends BrowserTest {

    private static final String ELECTRICIAN = "Bauelektriker und verwandte Berufe (ISCO-08 7411)";

    @Autowired
    TranslationProvider translations;

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar", "ti"})
    void a_profile_stays_on_the_phone_shows_in_german_for_the_counsellor_moves_by_file_and_is_gone_after_delete(
            String code) throws IOException, NotFoundException {
        Language language = Language.get(code);
        String certificate = "Zeugnis " + TestOffers.uniqueWord();
        String note = "Wunsch " + TestOffers.uniqueWord();
        usePhone(code);
        record(context);
        // From the start page's tile, in the newcomer's language.
        context.addCookies(List.of(new Cookie("wvo-lang", code).setUrl(url("/"))));
        open("/");
        Locator tile = page.locator("a.skills-tile");
        assertThat(tile.locator(".tile-title")).hasText(translations.translate("skills.home.link", language));
        tile.click();
        page.waitForURL(u -> u.endsWith("/skills"));
        settle();
        ready();

        // Fill the profile as a newcomer would: school, one occupation from the list, German B1, licence B, a wish.
        Locator school = page.locator("[data-group=school]");
        school.locator("[data-field=years]").fill("12");
        school.locator("[data-field=country]").selectOption("SY");
        school.locator("[data-field=certificate]").fill(certificate);
        page.locator("[data-add=work]").click();
        Locator work = page.locator("[data-list=work] .skills-entry").first();
        work.locator(".occupation-input").fill("Elektriker");
        work.locator(".occupation-option[data-code='7411']").click();
        assertThat(work.locator(".occupation-name")).hasText("Bauelektriker und verwandte Berufe");
        work.locator("[data-field=years]").fill("5");
        page.locator("[data-add=languages]").click();
        Locator german = page.locator("[data-list=languages] .skills-entry").first();
        german.locator("[data-field=language]").selectOption("de");
        german.locator("[data-field=level]").selectOption("B1");
        page.locator("[data-checks=licence] input[value=B]").check();
        page.locator("[data-checks=kinds] input[value=work]").check();
        page.locator("[data-group=wishes] [data-field=note]").fill(note);

        summaryNamesTheElectrician(language);
        screenshot("skills-" + code);

        // A reload keeps it: it is in the phone's storage.
        page.reload();
        settle();
        ready();
        assertThat(page.locator("[data-group=school] [data-field=certificate]")).hasValue(certificate);
        assertThat(page.locator("[data-list=work] .occupation-name")).hasText("Bauelektriker und verwandte Berufe");
        assertThat(page.locator("[data-list=languages] [data-field=level]")).hasValue("B1");
        summaryNamesTheElectrician(language);

        // The QR code, read as a camera reads it, is the German side as text.
        String text = page.locator(".skills-qr").getAttribute("data-text");
        assertThat(text).startsWith("Kurzprofil (Selbstauskunft)").contains("Berufserfahrung: " + ELECTRICIAN)
                .contains("Sprachkenntnisse (GER): Deutsch, B1").contains("Führerschein: B")
                .contains("Schulbildung: Jahre: 12, Syrien, " + certificate);
        // The image is drawn once its data is decoded: wait for that, as a person waits to see it.
        page.evaluate("() => document.querySelector('.skills-qr').decode()");
        assertThat(decode(page.locator(".skills-qr").screenshot())).isEqualTo(text);

        // On paper (or as a PDF from the phone's print dialog) only the summary is left.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".skills-form")).isHidden();
        assertThat(page.locator("header")).isHidden();
        assertThat(page.locator(".skills-print")).isHidden();
        assertThat(page.locator(".summary-side[lang=de] [data-row=work] dd")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // The profile points to the offers it may need; the link carries nothing of it.
        Locator jobGerman = page.locator("[data-offer=job-language-course] a");
        assertThat(jobGerman).isVisible();
        assertThat(jobGerman).hasAttribute("href", "offers?block=education&category=job-language-course");

        assertThat(new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                .getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList()).as("serious accessibility violations").isEmpty();

        // Saved as a file, loaded on a new phone.
        Download download = page.waitForDownload(() -> page.locator("[data-skills-export]").click());
        Path file = Files.createTempFile("skills-profile", ".json");
        download.saveAs(file);
        assertThat(Files.readString(file)).contains("\"7411\"").contains(certificate);
        assertThat(page.locator("#skills-status")).hasText(translations.translate("skills.exported", language));

        BrowserContext newPhone = browserFor(phone(code, 360, 640));
        record(newPhone);
        Page other = newPhone.newPage();
        other.navigate(url("/skills"));
        other.locator("#skills[data-ready]").waitFor();
        Path bad = Files.createTempFile("not-a-profile", ".json");
        Files.writeString(bad, "{\"v\":1,\"work\":[{\"occupation\":\"0000\",\"years\":\"5\"}]}", StandardCharsets.UTF_8);
        other.locator("[data-skills-import]").setInputFiles(bad);
        assertThat(other.locator("#skills-status")).hasText(translations.translate("skills.import.bad", language));
        assertThat(other.locator("[data-list=work] .skills-entry")).hasCount(0);
        other.locator("[data-skills-import]").setInputFiles(file);
        assertThat(other.locator("#skills-status")).hasText(translations.translate("skills.imported", language));
        assertThat(other.locator(".summary-side[lang=de] [data-row=work] dd")).hasText(ELECTRICIAN + ", Jahre: 5");
        assertThat(other.locator("[data-group=school] [data-field=certificate]")).hasValue(certificate);
        other.reload();
        other.locator("#skills[data-ready]").waitFor();
        assertThat(other.locator("[data-group=wishes] [data-field=note]")).hasValue(note);
        newPhone.close();

        // One tap deletes it, and it stays gone.
        page.locator("[data-skills-delete]").click();
        assertThat(page.locator("#skills-status")).hasText(translations.translate("skills.deleted", language));
        assertThat(page.locator("[data-list=work] .skills-entry")).hasCount(0);
        page.reload();
        settle();
        ready();
        assertThat(page.locator("[data-group=school] [data-field=certificate]")).hasValue("");
        assertThat(page.locator(".skills-summary-empty")).isVisible();
        assertThat(page.locator(".summary-card")).isHidden();
        assertThat(page.evaluate("() => localStorage.getItem('wvo-skills')")).isNull();

        // Nothing of it ever went to the server: every request a plain GET, none with a word of the profile.
        assertThat(requests).isNotEmpty().allSatisfy(request -> {
            assertThat(request.method()).as(request.url()).isIn("GET", "HEAD");
            // Static files carry a hash of their content (?v=…), which is not the profile's.
            String sent = URLDecoder.decode(request.url(), StandardCharsets.UTF_8).replaceAll("[?&]v=[0-9a-f]+", "");
            assertThat(sent).as("a request's address").doesNotContain(certificate, note, "Zeugnis", "7411", "Syrien");
            assertThat(request.postData()).as(request.url()).isNull();
        });
        assertThat(requests.stream().map(Request::url)).as("the occupation lists, the same for everyone")
                .anyMatch(u -> u.contains("/occupations/de.json"));
    }

    private void ready() {
        page.locator("#skills[data-ready]").waitFor();
    }

    private void record(BrowserContext phone) {
        phone.onRequest(request -> {
            if (!request.url().startsWith("data:") && !request.url().startsWith("blob:")) {
                requests.add(request);
            }
        });
    }

    /** The German side names the occupation by its classification title and code; the reader's side too. */
    private void summaryNamesTheElectrician(Language language) {
        Locator germanSide = page.locator(".summary-side[lang=de]");
        assertThat(germanSide.locator("[data-row=work] dt")).hasText("Berufserfahrung");
        assertThat(germanSide.locator("[data-row=work] dd")).hasText(ELECTRICIAN + ", Jahre: 5");
        assertThat(germanSide.locator("[data-row=languages] dd")).hasText("Deutsch, B1");
        if (!language.code().equals("de")) {
            Locator own = page.locator(".summary-side[lang=" + language.code() + "]");
            assertThat(own).hasAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            assertThat(own.locator("[data-row=work] dt"))
                    .hasText(translations.translate("skills.work.title", language));
            assertThat(own.locator("[data-row=work] dd")).containsText("ISCO-08 7411");
        } else {
            assertThat(page.locator(".summary-side")).hasCount(1);
        }
    }

    private static String decode(byte[] png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, true)).getText();
    }
}
