package de.willkommenvorort.find.ui;

import de.willkommenvorort.i18n.Language;
import java.util.List;
import java.util.Optional;

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
     * A label and its lines; {@code kind} names it for the page's styles ({@code card-where}).
     * {@code leftToRight}: German names and numbers that stay as written, left to right, inside a
     * right-to-left side (addresses, phone numbers). {@code writtenIn}: text a provider wrote, in
     * that language (which may not be the side's, where their translation lacks it).
     */
    record Fact(String kind, String label, List<String> lines, boolean leftToRight, Optional<String> writtenIn) {

        Fact(String kind, String label, List<String> lines, boolean leftToRight) {
            this(kind, label, lines, leftToRight, Optional.empty());
        }
    }

    Side newcomers() {
        return sides.getFirst();
    }

    String title() {
        return newcomers().title();
    }
}
