package de.willkommenvorort.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills an exported XLIFF file in, as an agency's tool does: a target after an offer's sources. */
public final class XliffFill {

    private XliffFill() {
    }

    /** The file with {@code <target>}s (escaped) after the offer's title, summary and description. */
    public static String fill(String exported, long offer, String title, String summary, String description) {
        String filled = exported;
        for (var field : Map.of("title", title, "summary", summary, "description", description).entrySet()) {
            Matcher unit = Pattern.compile("<unit id=\"offer-" + offer + "-" + field.getKey()
                    + "\"><segment><source>.*?</source>", Pattern.DOTALL).matcher(filled);
            if (!unit.find()) {
                throw new AssertionError("No " + field.getKey() + " of offer " + offer + " in the file");
            }
            String text = field.getValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            filled = filled.substring(0, unit.end()) + "<target>" + text + "</target>" + filled.substring(unit.end());
        }
        return filled;
    }
}
