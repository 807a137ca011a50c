package de.willkommenvorort.i18n;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code translations/languages.txt}: one line per language, {@code code | cldr | dir | name
 * | reads}, {@code #} starts a comment. A mistake stops the app at start with the line that has it,
 * rather than serving a language half.
 */
final class LanguageList {

    static final String FILE = "languages.txt";

    /**
     * A BCP 47 tag of the kinds the file uses: {@code de}, {@code prs}, {@code de-x-ls}; at most 8
     * characters, as the database's language columns hold.
     */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-x-[a-z0-9]{1,3})?");

    record Line(String code, String cldr, boolean rightToLeft, String name, List<String> reads) {
    }

    private LanguageList() {
    }

    static List<Language> parse(String text) {
        List<Line> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] rows = text.split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\\|", -1);
            if (cells.length != 5) {
                throw problem(i, "needs five cells (code | cldr | dir | name | reads), has " + cells.length);
            }
            String code = cells[0].strip();
            String cldr = cells[1].strip();
            String dir = cells[2].strip();
            String name = cells[3].strip();
            String reads = cells[4].strip();
            if (!CODE.matcher(code).matches()) {
                throw problem(i, "\"" + code + "\" is not a lower-case language code such as de, prs or de-x-ls");
            }
            if (!codes.add(code)) {
                throw problem(i, code + " is listed twice");
            }
            if (cldr.isEmpty() || !Locale.forLanguageTag(cldr).toLanguageTag().equalsIgnoreCase(cldr)) {
                throw problem(i, "\"" + cldr + "\" is not a well-formed locale tag");
            }
            if (!dir.equals("ltr") && !dir.equals("rtl")) {
                throw problem(i, "direction must be ltr or rtl, not \"" + dir + "\"");
            }
            if (name.isEmpty()) {
                throw problem(i, "the language's own name is missing");
            }
            List<String> alsoReads = reads.equals("-") || reads.isEmpty() ? List.of()
                    : List.of(reads.split("\\s*,\\s*"));
            lines.add(new Line(code, cldr, dir.equals("rtl"), name, alsoReads));
        }
        if (lines.isEmpty() || !lines.getFirst().code().equals("de")) {
            throw new IllegalStateException(FILE + ": German (de), the source language, must be the first language");
        }
        for (Line line : lines) {
            for (String read : line.reads()) {
                if (!codes.contains(read) || read.equals(line.code())) {
                    throw new IllegalStateException(FILE + ": " + line.code() + " reads \"" + read
                            + "\", which is not another language of the file");
                }
            }
        }
        return Language.build(lines);
    }

    private static IllegalStateException problem(int index, String what) {
        return new IllegalStateException(FILE + " line " + (index + 1) + ": " + what);
    }
}
