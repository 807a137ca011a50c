package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a volunteer, provider or moderator wrote, shown as they wrote it: blank lines make
 * paragraphs, single line breaks stay, web and e-mail addresses become links. It is built from
 * text nodes, {@code <p>}, {@code <br>} and {@code <a>} elements only, never from HTML, so whatever
 * the text contains is shown as characters and nothing in it can run (decision 008).
 */
@Tag("div")
public class PlainText extends Component implements HasStyle {

    static final String REL = "nofollow noopener noreferrer ugc";

    /** Where a link could start; what it really covers is decided by {@link #link(String)}. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<url>(?<![\\p{L}\\p{N}@.\\-/])(?i:https?://|www\\.)[^\\s<>\"\\p{C}]+)"
                    + "|(?<mail>(?<![\\p{L}\\p{N}._%+\\-])" + SafeHref.EMAIL_PATTERN + ")");

    /** Sentence punctuation that ends a sentence rather than an address, Latin and Arabic. */
    private static final String TRAILING = ".,;:!?'\"’”»›…،؛؟۔";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?:[ \\t\\u00A0]*\\n)+");

    public PlainText() {
        addClassName("plain-text");
    }

    public PlainText(String text) {
        this();
        setText(text);
    }

    /**
     * Text written in a known language: marked with its language and direction, and in a
     * right-to-left language with its Latin and numeric runs isolated ({@link Bidi}).
     */
    public PlainText(String text, String languageCode) {
        this();
        Bidi.writtenIn(this, languageCode);
        show(text, Bidi.rightToLeft(languageCode));
    }

    /** Replaces the shown text; {@code null} shows nothing. */
    public void setText(String text) {
        show(text, false);
    }

    private void show(String text, boolean rightToLeft) {
        Element root = getElement();
        root.removeAllChildren();
        for (List<Piece> paragraph : paragraphs(text)) {
            Element p = new Element("p");
            for (Piece piece : paragraph) {
                switch (piece) {
                    case Words words -> Bidi.append(p, words.text(), rightToLeft);
                    case LineBreak ignored -> p.appendChild(new Element("br"));
                    case Link link -> p.appendChild(anchor(link));
                }
            }
            root.appendChild(p);
        }
    }

    private static Element anchor(Link link) {
        Element a = new Element("a");
        a.setAttribute("href", link.href());
        a.setAttribute("rel", REL);
        a.setAttribute("target", "_blank");
        // An address is Latin and left-to-right; isolated, it cannot scramble the Arabic around it.
        a.setAttribute("dir", "ltr");
        a.setText(link.text());
        return a;
    }

    /** A piece of one paragraph. */
    sealed interface Piece permits Words, LineBreak, Link {
    }

    record Words(String text) implements Piece {
    }

    record LineBreak() implements Piece {
    }

    record Link(String text, String href) implements Piece {
    }

    /** The text as paragraphs of words, line breaks and links; blank paragraphs are dropped. */
    static List<List<Piece>> paragraphs(String text) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace("\u2029", "\n\n").replace('\u2028', '\n');
        for (String paragraph : PARAGRAPH_BREAK.split(normalised)) {
            List<Piece> pieces = new ArrayList<>();
            String[] lines = paragraph.strip().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    pieces.add(new LineBreak());
                }
                line(lines[i], pieces);
            }
            if (!paragraph.isBlank()) {
                paragraphs.add(List.copyOf(pieces));
            }
        }
        return paragraphs;
    }

    private static void line(String line, List<Piece> pieces) {
        StringBuilder words = new StringBuilder();
        Matcher matcher = CANDIDATE.matcher(line);
        int at = 0;
        while (matcher.find()) {
            words.append(line, at, matcher.start());
            String candidate = matcher.group();
            Optional<Link> link = matcher.group("url") != null ? link(candidate)
                    : SafeHref.mail(candidate).map(href -> new Link(candidate, href));
            if (link.isPresent()) {
                flush(words, pieces);
                pieces.add(link.get());
                words.append(candidate, link.get().text().length(), candidate.length());
            } else {
                words.append(candidate);
            }
            at = matcher.end();
        }
        words.append(line, at, line.length());
        flush(words, pieces);
    }

    private static void flush(StringBuilder words, List<Piece> pieces) {
        if (!words.isEmpty()) {
            pieces.add(new Words(words.toString()));
            words.setLength(0);
        }
    }

    /**
     * The link at the start of a candidate, without the punctuation that closes the sentence or a
     * bracket opened before the address; {@code www.} gets {@code https://}. Only what
     * {@link SafeHref#web} accepts becomes a link.
     */
    static Optional<Link> link(String candidate) {
        String text = candidate;
        boolean trimmed = true;
        while (trimmed && !text.isEmpty()) {
            char last = text.charAt(text.length() - 1);
            trimmed = TRAILING.indexOf(last) >= 0
                    || last == ')' && unbalanced(text, '(', ')')
                    || last == ']' && unbalanced(text, '[', ']')
                    || last == '}' && unbalanced(text, '{', '}');
            if (trimmed) {
                text = text.substring(0, text.length() - 1);
            }
        }
        boolean www = text.regionMatches(true, 0, "www.", 0, 4);
        if (www && (text.length() < 5 || !Character.isLetterOrDigit(text.codePointAt(4)))) {
            return Optional.empty();
        }
        String shown = text;
        return SafeHref.web(www ? "https://" + text : text).map(href -> new Link(shown, href));
    }

    private static boolean unbalanced(String text, char open, char close) {
        return text.chars().filter(c -> c == close).count() > text.chars().filter(c -> c == open).count();
    }
}
