package de.willkommenvorort.dashboard.ui;

import java.util.List;

/**
 * A horizontal bar chart as SVG: a label per bar, the bar's length proportional to its value, and
 * the value written at the bar's end, so that the picture can be read without judging lengths. In
 * a right-to-left language the chart is mirrored: labels on the right, bars growing leftwards.
 */
final class BarChart {

    static final double WIDTH = 340;
    static final double LABEL_WIDTH = 168;
    static final double VALUE_SPACE = 40;
    static final double MAX_BAR = WIDTH - LABEL_WIDTH - VALUE_SPACE;
    static final double ROW = 24;
    /** A row with a second, smaller label line. */
    static final double TALL_ROW = 36;
    static final double BAR = 16;
    static final int LABEL_CHARS = 21;
    static final int DETAIL_CHARS = 28;

    /**
     * One bar: what it stands for, an optional detail written smaller below the label (empty for
     * none), its value, and the value as the UI language writes it.
     */
    record Bar(String label, String detail, long value, String valueText) {

        Bar(String label, long value, String valueText) {
            this(label, "", value, valueText);
        }
    }

    private final String summary;
    private final String noData;
    private final boolean rtl;

    /**
     * @param summary what the chart says in words, its accessible name
     * @param noData  the message shown instead when there is nothing to count yet
     */
    BarChart(String summary, String noData, boolean rtl) {
        this.summary = summary;
        this.noData = noData;
        this.rtl = rtl;
    }

    String render(List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        if (max <= 0) {
            return SvgMarkup.noData(noData, rtl);
        }
        boolean details = bars.stream().anyMatch(b -> !b.detail().isEmpty());
        double row = details ? TALL_ROW : ROW;
        SvgMarkup svg = SvgMarkup.chart(WIDTH, row * bars.size() + 8, summary, rtl);
        double y = 4;
        for (Bar bar : bars) {
            double length = MAX_BAR * bar.value() / max;
            double baseline = y + row / 2 + 4;
            svg.text(SvgMarkup.shorten(bar.label(), LABEL_CHARS), "x", x(LABEL_WIDTH - 6),
                    "y", SvgMarkup.number(details ? baseline - 6 : baseline), "text-anchor", "end", "fill", "currentColor");
            if (details) {
                svg.text(SvgMarkup.shorten(bar.detail(), DETAIL_CHARS), "x", x(LABEL_WIDTH - 6),
                        "y", SvgMarkup.number(baseline + 7), "text-anchor", "end", "fill", "currentColor",
                        "font-size", "9");
            }
            if (length > 0) {
                svg.empty("rect", "x", SvgMarkup.number(rtl ? WIDTH - LABEL_WIDTH - length : LABEL_WIDTH),
                        "y", SvgMarkup.number(y + (row - BAR) / 2), "width", SvgMarkup.number(length),
                        "height", SvgMarkup.number(BAR), "class", "chart-bar", "fill", "#2171b5");
            }
            svg.text(bar.valueText(), "x", x(LABEL_WIDTH + length + 4), "y", SvgMarkup.number(baseline),
                    "text-anchor", "start", "fill", "currentColor", "font-weight", "bold");
            y += row;
        }
        return svg.end();
    }

    /** A horizontal position measured from the start side (left, or right in a right-to-left language). */
    private String x(double fromStart) {
        return SvgMarkup.number(rtl ? WIDTH - fromStart : fromStart);
    }
}
