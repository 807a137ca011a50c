package de.willkommenvorort.search;

import java.util.List;

/**
 * A text cut into the pieces a search matched and the pieces between, so that a view can mark
 * the matched words without handing any text to the browser as markup.
 */
public record Marked(List<Piece> pieces) {

    public record Piece(String text, boolean matched) {
    }

    /** Whether anything in the text is marked. */
    public boolean matched() {
        for (Piece piece : pieces) {
            if (piece.matched()) {
                return true;
            }
        }
        return false;
    }

    /** A text with nothing marked. */
    public static Marked plain(String text) {
        return new Marked(text.isEmpty() ? List.of() : List.of(new Piece(text, false)));
    }
}
