package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.base.pdf.PdfSheet;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestOffers;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office card as a PDF made on the server, looked at as pictures: its page rendered at 150 dpi
 * carries a QR code that reads as the offer's link, and each script in it looks as the browser sets
 * the same words with the same font (Arabic joined and right to left, Ethiopic, Cyrillic) — and not
 * as the same letters unjoined or in the wrong order would look.
 */
@AppTest
class OfficeCardPdfBT extends BrowserTest {

    private static final float DPI = 150f;

    @Autowired
    TestOffers offers;
    @Autowired
    PublicAddress address;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar", "ti", "ru"})
    void the_card_page_offers_a_pdf_whose_qr_code_is_the_offers_link(String code) throws IOException, NotFoundException {
        String word = TestOffers.uniqueWord();
        Map<String, String> titles = Map.of("de", "Sprachcafé " + word, "ar", "مقهى اللغة " + word,
                "ti", "ቤት ቡን ቋንቋ " + word, "ru", "Языковое кафе " + word);
        long id = offers.published("language-cafe", titles);

        usePhone(code);
        open("/card/" + id);
        assertThat(page.locator("a.card-pdf")).hasAttribute("href", "card/" + id + "/" + code + ".pdf");

        APIResponse answer = page.request().get(url("/card/" + id + "/" + code + ".pdf"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(code);
            BufferedImage sheet = new PDFRenderer(pdf).renderImage(0, DPI / 72f, ImageType.RGB);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(sheet, "png", SCREENSHOTS.resolve("office-card-pdf-" + code + ".png").toFile());

            int[] pixels = sheet.getRGB(0, 0, sheet.getWidth(), sheet.getHeight(), null, 0, sheet.getWidth());
            String read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(sheet.getWidth(), sheet.getHeight(), pixels)))).getText();
            assertThat(read).isEqualTo(address.of("offer/" + id));

            // Two sides side by side: ink in the upper third of both halves of the page.
            int half = sheet.getWidth() / 2;
            assertThat(ink(sheet.getSubimage(0, 0, half, sheet.getHeight() / 3))).isPositive();
            assertThat(ink(sheet.getSubimage(half, 0, half, sheet.getHeight() / 3))).isPositive();
        }
    }

    @Test
    void an_offer_that_is_not_public_or_a_language_not_served_has_no_pdf() {
        String word = TestOffers.uniqueWord();
        long draft = offers.saveDraft(offers.draft("language-cafe", Map.of("de", "Entwurf " + word)));
        long published = offers.published("language-cafe", Map.of("de", "Öffentlich " + word));

        assertThat(page.request().get(url("/card/" + draft + "/de.pdf")).status()).isEqualTo(404);
        assertThat(page.request().get(url("/card/" + published + "/xx.pdf")).status()).isEqualTo(404);
        assertThat(page.request().get(url("/card/" + published + "/de.pdf")).status()).isEqualTo(200);
    }

    /**
     * The words drawn into a PDF page by the same code as the card, compared with the browser's
     * setting of them in the same font: their ink, scaled to the same box, overlaps. The same
     * letters unjoined (Arabic) or in reverse order (a line drawn left to right) overlap clearly less.
     */
    @ParameterizedTest
    @CsvSource({
            "ar, NotoSansArabic-Bold, true, مقهى اللغة العربية للنساء والأطفال",
            "fa, NotoSansArabic-Bold, true, مشاوره برای پناهجویان",
            "ti, NotoSansEthiopic-Bold, false, ቤት ቡን ቋንቋ ንዓበይቲ",
            "ru, NotoSans-Bold, false, Языковое кафе для женщин",
            "hi, NotoSansDevanagari-Bold, false, महिलाओं के लिए भाषा कक्षा",
            "zh, DroidSansFallbackFull, false, 妇女语言咖啡馆"})
    void each_script_in_the_pdf_looks_as_the_browser_sets_it(String code, String font, boolean rightToLeft,
                                                             String words) throws IOException {
        float size = 21f;
        PdfSheet sheet = new PdfSheet(40f, words, Locale.forLanguageTag(code));
        sheet.column(40f, PdfSheet.WIDTH - 80f).text(words, new PdfSheet.Style(size, true, rightToLeft,
                rightToLeft ? PdfSheet.Align.RIGHT : PdfSheet.Align.LEFT));
        BufferedImage drawn;
        try (PDDocument pdf = Loader.loadPDF(sheet.finish())) {
            drawn = new PDFRenderer(pdf).renderImage(0, DPI / 72f, ImageType.RGB);
        }
        float pixels = size * DPI / 72f;
        BufferedImage browser = set(words, font, rightToLeft, code, pixels);
        String wrong = rightToLeft
                ? words.codePoints().mapToObj(Character::toString).collect(Collectors.joining("\u200C"))
                : new StringBuilder(words).reverse().toString();
        BufferedImage unshaped = set(wrong, font, rightToLeft, code, pixels);
        ImageIO.write(drawn, "png", SCREENSHOTS.resolve("pdf-script-" + code + ".png").toFile());

        double same = overlap(drawn, browser);
        double other = overlap(drawn, unshaped);
        System.out.printf("PDF %s: overlap with the browser %.3f, with the wrong setting %.3f%n", code, same, other);
        assertThat(same).as("%s: PDF against the browser", code).isGreaterThan(0.65);
        assertThat(other).as("%s: PDF against the wrong setting", code).isLessThan(same - 0.15);
    }

    /** The words as Chromium sets them with the shipped font, at the PDF's pixel size, black on white. */
    private BufferedImage set(String words, String font, boolean rightToLeft, String code, float pixels)
            throws IOException {
        String data;
        try (InputStream in = PdfSheet.class.getResourceAsStream("/fonts/" + font + ".ttf")) {
            data = Base64.getEncoder().encodeToString(in.readAllBytes());
        }
        BrowserContext desk = browserFor(new Browser.NewContextOptions().setViewportSize(1600, 300)
                .setDeviceScaleFactor(1));
        try {
            Page sheet = desk.newPage();
            sheet.setContent("<!doctype html><html><head><style>@font-face{font-family:Shipped;src:url(data:font/ttf;base64,"
                    + data + ")}body{margin:20px;background:#fff}span{font:" + pixels
                    + "px Shipped;color:#000;white-space:nowrap}</style></head><body><span lang=\"" + code + "\" dir=\""
                    + (rightToLeft ? "rtl" : "ltr") + "\">" + words + "</span></body></html>");
            sheet.evaluate("() => document.fonts.ready");
            return ImageIO.read(new ByteArrayInputStream(sheet.locator("span").screenshot()));
        } finally {
            desk.close();
        }
    }

    /** How much ink two pictures share once each is cut to its ink and scaled to one box (intersection over union). */
    static double overlap(BufferedImage a, BufferedImage b) {
        boolean[] first = mask(a);
        boolean[] second = mask(b);
        int both = 0;
        int either = 0;
        for (int i = 0; i < first.length; i++) {
            both += first[i] && second[i] ? 1 : 0;
            either += first[i] || second[i] ? 1 : 0;
        }
        return either == 0 ? 0 : (double) both / either;
    }

    private static final int BOX_WIDTH = 480;
    private static final int BOX_HEIGHT = 48;

    private static boolean[] mask(BufferedImage image) {
        int left = image.getWidth();
        int top = image.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(image.getRGB(x, y))) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(right).as("ink on the picture").isNotNegative();
        BufferedImage box = new BufferedImage(BOX_WIDTH, BOX_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = box.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image.getSubimage(left, top, right - left + 1, bottom - top + 1), 0, 0, BOX_WIDTH, BOX_HEIGHT, null);
        g.dispose();
        boolean[] mask = new boolean[BOX_WIDTH * BOX_HEIGHT];
        for (int y = 0; y < BOX_HEIGHT; y++) {
            for (int x = 0; x < BOX_WIDTH; x++) {
                mask[y * BOX_WIDTH + x] = dark(box.getRGB(x, y));
            }
        }
        return mask;
    }

    private static long ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                dark += dark(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return dark;
    }

    private static boolean dark(int rgb) {
        int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
        return luminance < 128;
    }
}
