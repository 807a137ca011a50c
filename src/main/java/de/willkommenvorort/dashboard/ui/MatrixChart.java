package de.willkommenvorort.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A heat map as SVG: one row per label, one column per header, each cell coloured by a share
 * (five steps of one hue, darker is more) and carrying the share as text, with a legend below, so
 * that colour is never the only way to read it. Mirrored in right-to-left languages.
 */
final class MatrixChart {

    static final double WIDTH = 520;
    static final double LABEL_WIDTH = 110;
    static final double ROW = 34;
    static final double HEADER = 44;
    static final double LEGEND = 30;
    static final int HEADER_CHARS = 14;
    /** Fill and text colour per step; every pair has a contrast of at least 4.5:1. */
    static final String[][] STEPS = {
            {"#eef4fb", "#1a1a1a"}, {"#c6dbef", "#1a1a1a"}, {"#6baed6", "#1a1a1a"},
            {"#2171b5", "#ffffff"}, {"#08306b", "#ffffff"}};
    static final String NO_SHARE = "#f2f2f2";

    /**
     * One cell: the share 0…1 it is coloured by (empty when there is nothing to share, e.g. no
     * offers in a building block), its text, and an optional smaller second line.
     */
    record Cell(OptionalDouble share, String text, String secondLine) {
    }

    private final String summary;
    private final String noData;
    private final boolean rtl;

    MatrixChart(String summary, String noData, boolean rtl) {
        this.summary = summary;
        this.noData = noData;
        this.rtl = rtl;
    }

    /**
     * @param legend one label per step of {@link #STEPS}, lowest first (e.g. "0–20 %")
     */
    String render(List<String> headers, List<String> rows, List<List<Cell>> cells, List<String> legend) {
        boolean anything = cells.stream().flatMap(List::stream).anyMatch(c -> c.share().isPresent());
        if (rows.isEmpty() || headers.isEmpty() || !anything) {
            return SvgMarkup.noData(noData, rtl);
        }
        double column = (WIDTH - LABEL_WIDTH) / headers.size();
        double height = HEADER + ROW * rows.size() + LEGEND;
        SvgMarkup svg = SvgMarkup.chart(WIDTH, height, summary, rtl);
        for (int c = 0; c < headers.size(); c++) {
            double middle = LABEL_WIDTH + column * c + column / 2;
            List<String> lines = wrap(headers.get(c), HEADER_CHARS, 3);
            double y = HEADER - 6 - 12 * (lines.size() - 1);
            for (String line : lines) {
                svg.text(line, "x", x(middle), "y", SvgMarkup.number(y), "text-anchor", "middle",
                        "fill", "currentColor", "font-size", "10");
                y += 12;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            double top = HEADER + ROW * r;
            svg.text(SvgMarkup.shorten(rows.get(r), 18), "x", x(LABEL_WIDTH - 6),
                    "y", SvgMarkup.number(top + ROW / 2 + 4), "text-anchor", "end", "fill", "currentColor");
            for (int c = 0; c < headers.size(); c++) {
                cell(svg, cells.get(r).get(c), LABEL_WIDTH + column * c, top, column);
            }
        }
        legend(svg, legend, height - LEGEND + 8);
        return svg.end();
    }

    private void cell(SvgMarkup svg, Cell cell, double start, double top, double width) {
        String[] colours = cell.share().isPresent() ? STEPS[step(cell.share().getAsDouble())]
                : new String[] {NO_SHARE, "#1a1a1a"};
        svg.empty("rect", "x", SvgMarkup.number(rtl ? WIDTH - start - width + 1 : start + 1),
                "y", SvgMarkup.number(top + 1), "width", SvgMarkup.number(width - 2),
                "height", SvgMarkup.number(ROW - 2), "fill", colours[0]);
        boolean twoLines = cell.secondLine() != null && !cell.secondLine().isEmpty();
        double middle = start + width / 2;
        svg.text(cell.text(), "x", x(middle), "y", SvgMarkup.number(top + (twoLines ? 15 : 21)),
                "text-anchor", "middle", "fill", colours[1], "font-weight", "bold");
        if (twoLines) {
            svg.text(cell.secondLine(), "x", x(middle), "y", SvgMarkup.number(top + 27),
                    "text-anchor", "middle", "fill", colours[1], "font-size", "9");
        }
    }

    private void legend(SvgMarkup svg, List<String> labels, double top) {
        double slot = WIDTH / STEPS.length;
        for (int i = 0; i < STEPS.length && i < labels.size(); i++) {
            double start = slot * i + 4;
            svg.empty("rect", "x", SvgMarkup.number(rtl ? WIDTH - start - 14 : start), "y", SvgMarkup.number(top),
                    "width", "14", "height", "14", "fill", STEPS[i][0], "stroke", "#767676");
            svg.text(labels.get(i), "x", x(start + 20), "y", SvgMarkup.number(top + 12),
                    "text-anchor", "start", "fill", "currentColor", "font-size", "10");
        }
    }

    /** The colour step of a share: 0–20 %, 20–40 %, … 80–100 %. */
    static int step(double share) {
        return Math.max(0, Math.min(STEPS.length - 1, (int) Math.floor(share * STEPS.length)));
    }

    private String x(double fromStart) {
        return SvgMarkup.number(rtl ? WIDTH - fromStart : fromStart);
    }

    /** Breaks a header into lines of at most {@code max} characters at spaces; the last line is shortened. */
    static List<String> wrap(String text, int max, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
        if (out.size() > lines) {
            String rest = String.join(" ", out.subList(lines - 1, out.size()));
            out = new ArrayList<>(out.subList(0, lines - 1));
            out.add(SvgMarkup.shorten(rest, max));
        }
        return out.stream().map(l -> SvgMarkup.shorten(l, max)).toList();
    }
}
