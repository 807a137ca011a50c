package de.willkommenvorort.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills an exported XLIFF file in, as an agency's tool does: a target after a group's sources. */
public final class XliffFill {

    private XliffFill() {
    }

    /** The file with {@code <target>}s (escaped) after the offer's title, summary and description. */
    public static String fill(String exported, long offer, String title, String summary, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("description", description);
        return fill(exported, "offer-" + offer, fields);
    }

    /** The file with {@code <target>}s after the info page's title and body. */
    public static String fillInfoPage(String exported, long page, String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        return fill(exported, "info-" + page, fields);
    }

    /** The file with a {@code <target>} (escaped) after each named field's source in the group. */
    public static String fill(String exported, String group, Map<String, String> fields) {
        String filled = exported;
        for (var field : fields.entrySet()) {
            Matcher unit = Pattern.compile("<unit id=\"" + group + "-" + field.getKey()
                    + "\"><segment><source>.*?</source>", Pattern.DOTALL).matcher(filled);
            if (!unit.find()) {
                throw new AssertionError("No " + field.getKey() + " of " + group + " in the file");
            }
            String text = field.getValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            filled = filled.substring(0, unit.end()) + "<target>" + text + "</target>" + filled.substring(unit.end());
        }
        return filled;
    }
}
