package de.willkommenvorort.find.ui;

import de.willkommenvorort.base.pdf.PdfSheet;
import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.database.KeptPerGeneration;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /card/{id}/{language}.pdf}: the office card as an A4 PDF, to keep on the phone, send or
 * print. Made on the server with {@link PdfSheet}, so every script is set with a real font and
 * shaped (Arabic joined and right to left, Ethiopic, Cyrillic), whatever the phone can print. The
 * newcomer's side is read first: on the left, or on the right for a right-to-left language; German
 * beside it; the QR code of the offer's link below both. Only published offers have a card.
 * A PDF is made once per offer, language and day, and kept until anything is published or changed
 * ({@link KeptPerGeneration}, {@code wvo.card-pdf.cache-size}); who asks while it is being made waits for it.
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

    private static final long WAIT_SECONDS = 10;

    /** What a card depends on besides the data: the offer, the language, and today for its next dates. */
    private record Key(long id, String code, LocalDate day, long generation) {
    }

    private final OfficeCards cards;
    private final ServedLanguages served;
    private final TranslationProvider translations;
    private final Clock clock;
    private final KeptPerGeneration<Key, byte[]> kept;

    OfficeCardPdf(OfficeCards cards, ServedLanguages served, TranslationProvider translations, Clock clock,
                  CommittedChanges changes, MeterRegistry meters,
                  @Value("${wvo.card-pdf.cache-size:16MB}") DataSize size) {
        this.cards = cards;
        this.served = served;
        this.translations = translations;
        this.clock = clock;
        this.kept = new KeptPerGeneration<>(changes, Key::generation, Duration.ofHours(1), size,
                pdf -> pdf.length + 64, meters, "card-pdf");
    }

    /** The PDF's link, relative to the app's root. */
    static String link(long offerId, Language language) {
        return OfficeCardView.ROUTE + "/" + offerId + "/" + language.code() + ".pdf";
    }

    @GetMapping(value = "/" + OfficeCardView.ROUTE + "/{id:\\d{1,18}}/{code:[a-z]{2,3}(?:-x-[a-z]{2})?}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String code) throws IOException {
        Optional<Language> language = Language.ofCode(code).filter(served::serves);
        Optional<byte[]> pdf = language.isEmpty() ? Optional.empty() : kept(id, language.get());
        return pdf.map(body -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("card-" + id + "-" + code + ".pdf").build().toString())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The kept PDF, or the one another request is making, or a new one; empty if the offer is not public. */
    private Optional<byte[]> kept(long id, Language language) throws IOException {
        // The generation is read before making it: a change committed meanwhile makes this PDF one nobody gets again.
        Key key = new Key(id, language.code(), LocalDate.now(clock), kept.generation());
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> found = kept.answers().get(key, (asked, executor) -> mine);
        if (found != mine) {
            byte[] made = KeptPerGeneration.await(found, WAIT_SECONDS);
            if (made != null) {
                return Optional.of(made);
            }
            return cards.of(id, language).map(this::write);
        }
        byte[] made = null;
        try {
            made = cards.of(id, language).map(this::write).orElse(null);
        } finally {
            // Completing with nothing takes the entry out: the next request asks again.
            mine.complete(made);
        }
        return Optional.ofNullable(made);
    }

    /** The card on A4: the two sides as columns, each flowing on to a next page if it must. */
    byte[] write(OfficeCard card) {
        Language language = card.newcomers().language();
        try (PdfSheet sheet = new PdfSheet(MARGIN, translations.translate("card.page-title", language, card.title()),
                language.locale())) {
            return write(card, language, sheet);
        }
    }

    private static byte[] write(OfficeCard card, Language language, PdfSheet sheet) {
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
            // Text a provider wrote keeps its own language's direction (German on an Arabic side).
            boolean lineRtl = fact.writtenIn().flatMap(Language::ofCode).map(Language::rightToLeft)
                    .orElse(rtl && !fact.leftToRight());
            for (String line : fact.lines()) {
                flow.text(line, VALUE.set(lineRtl, start));
            }
            flow.space(9);
        }
    }
}
