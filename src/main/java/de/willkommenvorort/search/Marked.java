package de.willkommenvorort.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into the pieces a search matched and the pieces between, so that a view can mark
 * the matched words without handing any text to the browser as markup.
 */
public record Marked(List<Piece> pieces) {

    public record Piece(String text, boolean matched) {
    }

    /** Whether anything in the text is marked. */
    public boolean matched() {
        return pieces.stream().anyMatch(Piece::matched);
    }

    /** The text with every whole-word occurrence of one of {@code words} marked, ignoring case. */
    public static Marked of(String text, Set<String> words) {
        List<Piece> pieces = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = 0;
        int plain = 0;
        while (at < text.length()) {
            String hit = null;
            if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                for (String word : words) {
                    String w = word.toLowerCase(Locale.ROOT);
                    int end = at + w.length();
                    if (!w.isEmpty() && lower.startsWith(w, at) && end <= text.length()
                            && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))
                            && (hit == null || w.length() > hit.length())) {
                        hit = w;
                    }
                }
            }
            if (hit != null) {
                if (plain < at) {
                    pieces.add(new Piece(text.substring(plain, at), false));
                }
                pieces.add(new Piece(text.substring(at, at + hit.length()), true));
                at += hit.length();
                plain = at;
            } else {
                at += Character.charCount(text.codePointAt(at));
            }
        }
        if (plain < text.length()) {
            pieces.add(new Piece(text.substring(plain), false));
        }
        return new Marked(List.copyOf(pieces));
    }

    /** A highlighter's fragment, with its marks given by two characters that texts never hold. */
    static Marked ofFragment(String fragment, char open, char close) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int start = fragment.indexOf(open, at);
            if (start < 0) {
                pieces.add(new Piece(fragment.substring(at), false));
                break;
            }
            int end = fragment.indexOf(close, start);
            if (end < 0) {
                end = fragment.length();
            }
            if (start > at) {
                pieces.add(new Piece(fragment.substring(at, start), false));
            }
            pieces.add(new Piece(fragment.substring(start + 1, end), true));
            at = end + 1;
        }
        return new Marked(List.copyOf(pieces.stream().filter(p -> !p.text().isEmpty()).toList()));
    }

    /** The marked words. */
    Set<String> words() {
        return Set.copyOf(pieces.stream().filter(Piece::matched).map(Piece::text).toList());
    }
}
