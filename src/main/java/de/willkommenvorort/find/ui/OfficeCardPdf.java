package de.willkommenvorort.find.ui;

import de.willkommenvorort.base.pdf.PdfSheet;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /card/{id}/{language}.pdf}: the office card as an A4 PDF, to keep on the phone, send or
 * print. Made on the server with {@link PdfSheet}, so every script is set with a real font and
 * shaped (Arabic joined and right to left, Ethiopic, Cyrillic), whatever the phone can print. The
 * newcomer's side is read first: on the left, or on the right for a right-to-left language; German
 * beside it; the QR code of the offer's link below both. Only published offers have a card.
 */
@RestController
class OfficeCardPdf {

    private static final float MARGIN = 42f;
    private static final float GAP = 24f;
    private static final float QR_SIZE = 150f;
    private static final PdfSheet.Style ASK = new PdfSheet.Style(12.5f, true);
    private static final PdfSheet.Style TITLE = new PdfSheet.Style(21f, true);
    private static final PdfSheet.Style LABEL = new PdfSheet.Style(10.5f, true);
    private static final PdfSheet.Style VALUE = new PdfSheet.Style(14f, false);
    private static final PdfSheet.Style LINK = new PdfSheet.Style(9f, false, false, PdfSheet.Align.CENTRE);

    private final OfficeCards cards;
    private final ServedLanguages served;
    private final TranslationProvider translations;

    OfficeCardPdf(OfficeCards cards, ServedLanguages served, TranslationProvider translations) {
        this.cards = cards;
        this.served = served;
        this.translations = translations;
    }

    /** The PDF's link, relative to the app's root. */
    static String link(long offerId, Language language) {
        return OfficeCardView.ROUTE + "/" + offerId + "/" + language.code() + ".pdf";
    }

    @GetMapping(value = "/" + OfficeCardView.ROUTE + "/{id:\\d{1,18}}/{code:[a-z]{2,3}(?:-x-[a-z]{2})?}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String code) {
        Optional<OfficeCard> card = Language.ofCode(code).filter(served::serves).flatMap(language -> cards.of(id, language));
        return card.map(found -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("angebot-" + id + "-" + code + ".pdf").build().toString())
                        .body(write(found)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The card on A4: the two sides as columns, each flowing on to a next page if it must. */
    byte[] write(OfficeCard card) {
        Language language = card.newcomers().language();
        PdfSheet sheet = new PdfSheet(MARGIN, translations.translate("card.page-title", language, card.title()),
                language.locale());
        float width = PdfSheet.WIDTH - 2 * MARGIN;
        List<OfficeCard.Side> sides = card.sides();
        float column = sides.size() == 1 ? width : (width - GAP) / 2;
        int lastPage = 0;
        float bottom = MARGIN;
        for (int i = 0; i < sides.size(); i++) {
            // The newcomer's side is read first: left, or right in a right-to-left language.
            boolean right = sides.size() > 1 && (i == 0) == language.rightToLeft();
            PdfSheet.Column flow = sheet.column(MARGIN + (right ? column + GAP : 0), column);
            side(flow, sides.get(i));
            if (flow.page() > lastPage || flow.page() == lastPage && flow.top() > bottom) {
                lastPage = flow.page();
                bottom = flow.top();
            }
        }
        if (sides.size() > 1) {
            sheet.dashedLine(0, PdfSheet.WIDTH / 2, MARGIN, lastPage == 0 ? bottom : PdfSheet.HEIGHT - MARGIN);
        }
        if (bottom + 24 + QR_SIZE + 24 > PdfSheet.HEIGHT - MARGIN) {
            lastPage++;
            bottom = MARGIN;
        }
        float top = bottom + 24;
        sheet.qrCode(card.url(), lastPage, (PdfSheet.WIDTH - QR_SIZE) / 2, top, QR_SIZE);
        sheet.column(MARGIN, width).at(lastPage, top + QR_SIZE + 6).text(card.url(), LINK);
        return sheet.finish();
    }

    private static void side(PdfSheet.Column flow, OfficeCard.Side side) {
        boolean rtl = side.language().rightToLeft();
        PdfSheet.Align start = rtl ? PdfSheet.Align.RIGHT : PdfSheet.Align.LEFT;
        flow.text(side.ask(), ASK.set(rtl, start)).space(6);
        flow.text(side.title(), TITLE.set(rtl, start)).space(10);
        for (OfficeCard.Fact fact : side.facts()) {
            flow.text(fact.label(), LABEL.set(rtl, start)).space(1);
            for (String line : fact.lines()) {
                flow.text(line, VALUE.set(rtl && !fact.leftToRight(), start));
            }
            flow.space(9);
        }
    }
}
