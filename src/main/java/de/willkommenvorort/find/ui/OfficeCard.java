package de.willkommenvorort.find.ui;

import de.willkommenvorort.i18n.Language;
import java.util.List;

/**
 * What the office card says: the offer in the newcomer's language and, unless that is German, in
 * German beside it, and the offer's link for the QR code. The page ({@link OfficeCardView}) and the
 * PDF ({@link OfficeCardPdf}) draw the same card.
 */
record OfficeCard(long offerId, String url, String summary, String textLanguage, List<Side> sides) {

    /** One side, everything in {@code language}: its words, its dates, its numbers. */
    record Side(Language language, String ask, String title, String titleLanguage, List<Fact> facts) {
    }

    /**
     * A label and its lines. {@code leftToRight}: German names and numbers that stay as written,
     * left to right, inside a right-to-left side (addresses, phone numbers).
     */
    record Fact(String label, List<String> lines, boolean leftToRight) {
    }

    Side newcomers() {
        return sides.getFirst();
    }

    String title() {
        return newcomers().title();
    }
}
