package de.willkommenvorort.dashboard.ui;

import java.util.List;

/**
 * A horizontal bar chart as SVG: a label per bar, the bar's length proportional to its value, and
 * the value written at the bar's end, so that the picture can be read without judging lengths. In
 * a right-to-left language the chart is mirrored: labels on the right, bars growing leftwards.
 */
final class BarChart {

    static final double WIDTH = 400;
    static final double LABEL_WIDTH = 150;
    static final double VALUE_SPACE = 56;
    static final double MAX_BAR = WIDTH - LABEL_WIDTH - VALUE_SPACE;
    static final double ROW = 24;
    static final double BAR = 16;
    static final int LABEL_CHARS = 21;

    /** One bar: what it stands for, its value, and the value as the UI language writes it. */
    record Bar(String label, long value, String valueText) {
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
        SvgMarkup svg = SvgMarkup.chart(WIDTH, ROW * bars.size() + 8, summary, rtl);
        double y = 4;
        for (Bar bar : bars) {
            double length = MAX_BAR * bar.value() / max;
            double baseline = y + ROW / 2 + 4;
            svg.text(SvgMarkup.shorten(bar.label(), LABEL_CHARS), "x", x(LABEL_WIDTH - 6), "y",
                    SvgMarkup.number(baseline), "text-anchor", "end", "fill", "currentColor");
            if (length > 0) {
                svg.empty("rect", "x", SvgMarkup.number(rtl ? WIDTH - LABEL_WIDTH - length : LABEL_WIDTH),
                        "y", SvgMarkup.number(y + (ROW - BAR) / 2), "width", SvgMarkup.number(length),
                        "height", SvgMarkup.number(BAR), "class", "chart-bar", "fill", "#2171b5");
            }
            svg.text(bar.valueText(), "x", x(LABEL_WIDTH + length + 4), "y", SvgMarkup.number(baseline),
                    "text-anchor", "start", "fill", "currentColor", "font-weight", "bold");
            y += ROW;
        }
        return svg.end();
    }

    /** A horizontal position measured from the start side (left, or right in a right-to-left language). */
    private String x(double fromStart) {
        return SvgMarkup.number(rtl ? WIDTH - fromStart : fromStart);
    }
}
