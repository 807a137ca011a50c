package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import de.willkommenvorort.i18n.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps mixed text readable for the Unicode bidirectional algorithm. Each text is marked with its
 * language and direction, so German shown on an Arabic page still reads left to right (an address
 * stays "36251 Auenthal", a name keeps its full stop at its end); inside right-to-left text, runs
 * of Latin words and of numbers ("14–18", "09:00", "A1") are isolated, so that they keep their
 * own order instead of being torn apart by the text around them.
 */
public final class Bidi {

    /** A run that starts and ends with a Latin letter or a digit, with spaces and joining marks inside. */
    private static final Pattern LEFT_TO_RIGHT_RUN = Pattern.compile(
            "[\\p{IsLatin}0-9\\u0660-\\u0669\\u06F0-\\u06F9]"
                    + "(?:[\\p{IsLatin}0-9\\u0660-\\u0669\\u06F0-\\u06F9 .,:/+&'’–\\-]*"
                    + "[\\p{IsLatin}0-9\\u0660-\\u0669\\u06F0-\\u06F9])?");

    private Bidi() {
    }

    public static boolean rightToLeft(String languageCode) {
        return Language.ofCode(languageCode).filter(Language::rightToLeft).isPresent();
    }

    /** Marks a text's language and direction. */
    public static void writtenIn(HasElement text, String languageCode) {
        writtenIn(text.getElement(), languageCode);
    }

    public static void writtenIn(Element text, String languageCode) {
        text.setAttribute("lang", languageCode);
        text.setAttribute("dir", rightToLeft(languageCode) ? "rtl" : "ltr");
    }

    /**
     * Sets {@code text} as the content of {@code target}: as one text node in a left-to-right
     * language; in a right-to-left one, with each Latin or numeric run in a {@code <bdi dir="ltr">}.
     */
    public static void setText(Element target, String text, String languageCode) {
        target.removeAllChildren();
        append(target, text == null ? "" : text, rightToLeft(languageCode));
    }

    /** Appends {@code text} to {@code target}, isolating left-to-right runs when {@code rightToLeft}. */
    public static void append(Element target, String text, boolean rightToLeft) {
        if (!rightToLeft) {
            if (!text.isEmpty()) {
                target.appendChild(Element.createText(text));
            }
            return;
        }
        Matcher run = LEFT_TO_RIGHT_RUN.matcher(text);
        int done = 0;
        while (run.find()) {
            if (run.start() > done) {
                target.appendChild(Element.createText(text.substring(done, run.start())));
            }
            Element isolated = new Element("bdi");
            isolated.setAttribute("dir", "ltr");
            isolated.setText(run.group());
            target.appendChild(isolated);
            done = run.end();
        }
        if (done < text.length()) {
            target.appendChild(Element.createText(text.substring(done)));
        }
    }
}
