package de.willkommenvorort.base.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts a PDF is drawn with, shipped in {@code src/main/resources/fonts} (their sources and
 * licences are in its README), so that a server without fonts of its own prints every served
 * script: Noto Sans for Latin, Cyrillic and Greek, a Noto font for each other script, and Droid
 * Sans Fallback for Chinese and as the last resort. Loaded once, on the first PDF.
 */
final class PrintFonts {

    private static final List<String> FAMILIES = List.of("NotoSans", "NotoSansArabic", "NotoSansEthiopic",
            "NotoSansArmenian", "NotoSansGeorgian", "NotoSansDevanagari", "NotoSansBengali", "NotoSansTamil");
    private static final String LAST_RESORT = "DroidSansFallbackFull";

    private static final class Loaded {
        static final PrintFonts FONTS = new PrintFonts();
    }

    private final List<Font> regular = new ArrayList<>();
    private final List<Font> bold = new ArrayList<>();

    private PrintFonts() {
        for (String family : FAMILIES) {
            regular.add(load(family + "-Regular"));
            bold.add(load(family + "-Bold"));
        }
        Font last = load(LAST_RESORT);
        regular.add(last);
        bold.add(last);
    }

    static PrintFonts get() {
        return Loaded.FONTS;
    }

    /** The first font that has a glyph for {@code codePoint}; the last resort when none has. */
    Font forCodePoint(int codePoint, boolean strong) {
        List<Font> fonts = strong ? bold : regular;
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.getLast();
    }

    private static Font load(String name) {
        try (InputStream in = PrintFonts.class.getResourceAsStream("/fonts/" + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the build: " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + name, e);
        }
    }
}
