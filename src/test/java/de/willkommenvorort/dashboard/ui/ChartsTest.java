package de.willkommenvorort.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The SVG charts: names typed by administrators stay text, bars are to scale, nothing to show says so. */
class ChartsTest {

    private static final String ATTACK = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&";

    @Test
    void a_script_in_a_name_stays_text_in_label_title_and_summary() {
        String svg = new BarChart("Offers: " + ATTACK, "none", false)
                .render(List.of(new BarChart.Bar(ATTACK, 3, "3")));
        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("\"><img");
        Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(parsed.select("script, img")).isEmpty();
        assertThat(parsed.selectFirst("svg").attr("aria-label")).isEqualTo("Offers: " + ATTACK);
        assertThat(parsed.selectFirst("title").text()).isEqualTo("Offers: " + ATTACK);
        // The label is shortened for the picture but still the name's own characters, as text.
        assertThat(ATTACK).startsWith(parsed.select("text").first().text()
                .replace("…", "").replace(SvgMarkup.ISOLATE, "").replace(SvgMarkup.POP_ISOLATE, ""));
    }

    @Test
    void a_script_in_a_matrix_header_or_row_stays_text() {
        String svg = new MatrixChart(ATTACK, "none", false).render(List.of(ATTACK), List.of(ATTACK),
                List.of(List.of(new MatrixChart.Cell(OptionalDouble.of(0.5), "50 %", ATTACK))), List.of(ATTACK));
        Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(parsed.select("script, img")).isEmpty();
        assertThat(svg).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void bar_lengths_are_proportional_to_the_values() {
        String svg = new BarChart("s", "none", false).render(List.of(
                new BarChart.Bar("a", 10, "10"), new BarChart.Bar("b", 5, "5"), new BarChart.Bar("c", 1, "1")));
        List<Double> widths = widths(svg);
        assertThat(widths).hasSize(3);
        assertThat(widths.get(0)).isEqualTo(BarChart.MAX_BAR, org.assertj.core.data.Offset.offset(0.1));
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(widths.get(2) / widths.get(0)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void a_bar_of_zero_has_no_rectangle_but_keeps_its_label_and_value() {
        String svg = new BarChart("s", "none", false).render(List.of(
                new BarChart.Bar("Musterdorf", 0, "0"), new BarChart.Bar("Bad Hersfeld", 4, "4")));
        assertThat(widths(svg)).hasSize(1);
        assertThat(svg).contains(shown("Musterdorf")).contains(shown("0"));
    }

    @Test
    void empty_data_shows_the_no_data_message_instead_of_a_chart() {
        String noBars = new BarChart("s", "Noch keine Daten", false).render(List.of());
        String allZero = new BarChart("s", "Noch keine Daten", false).render(List.of(new BarChart.Bar("a", 0, "0")));
        String noMatrix = new MatrixChart("s", "Noch keine Daten", false).render(List.of("x"), List.of("y"),
                List.of(List.of(new MatrixChart.Cell(OptionalDouble.empty(), "–", ""))), List.of());
        for (String svg : List.of(noBars, allZero, noMatrix)) {
            assertThat(svg).contains(shown("Noch keine Daten")).doesNotContain("<rect");
            assertThat(svg).contains("aria-label=\"Noch keine Daten\"");
        }
    }

    @Test
    void every_chart_is_one_image_with_a_name_that_scales_with_its_box() {
        String svg = new BarChart("Angebote je Baustein", "none", false).render(List.of(new BarChart.Bar("a", 1, "1")));
        Element root = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-label")).isEqualTo("Angebote je Baustein");
        assertThat(root.attr("width")).isEqualTo("100%");
        assertThat(root.attr("viewBox")).startsWith("0 0 " + SvgMarkup.number(BarChart.WIDTH) + " ");
    }

    @Test
    void in_arabic_the_chart_is_mirrored_and_written_right_to_left() {
        String ltr = new BarChart("s", "none", false).render(List.of(new BarChart.Bar("a", 10, "١٠")));
        String rtl = new BarChart("s", "none", true).render(List.of(new BarChart.Bar("a", 10, "١٠")));
        Element ltrBar = Jsoup.parse(ltr, "", Parser.xmlParser()).selectFirst("rect");
        Element rtlBar = Jsoup.parse(rtl, "", Parser.xmlParser()).selectFirst("rect");
        assertThat(Double.parseDouble(ltrBar.attr("x"))).isEqualTo(BarChart.LABEL_WIDTH);
        // Mirrored: the bar ends where the labels begin on the right.
        assertThat(Double.parseDouble(rtlBar.attr("x")) + Double.parseDouble(rtlBar.attr("width")))
                .isCloseTo(BarChart.WIDTH - BarChart.LABEL_WIDTH, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rtl).contains("direction=\"rtl\"").contains(shown("١٠"));
        assertThat(ltr).contains("direction=\"ltr\"");
    }

    @Test
    void matrix_cells_are_coloured_by_share_and_carry_it_as_text() {
        String svg = new MatrixChart("s", "none", false).render(List.of("Alle"), List.of("Deutsch", "Tigrinya"),
                List.of(List.of(new MatrixChart.Cell(OptionalDouble.of(1.0), "100 %", "")),
                        List.of(new MatrixChart.Cell(OptionalDouble.of(0.1), "10 %", "5 % veraltet"))),
                List.of("0–20 %", "20–40 %", "40–60 %", "60–80 %", "80–100 %"));
        assertThat(svg).contains("fill=\"" + MatrixChart.STEPS[4][0] + "\"").contains("fill=\"" + MatrixChart.STEPS[0][0] + "\"")
                .contains(shown("100 %")).contains(shown("10 %")).contains(shown("5 % veraltet")).contains(shown("80–100 %"));
        assertThat(MatrixChart.step(0)).isZero();
        assertThat(MatrixChart.step(0.39)).isEqualTo(1);
        assertThat(MatrixChart.step(1.0)).isEqualTo(4);
    }

    @Test
    void long_headers_wrap_at_spaces_and_long_labels_are_shortened() {
        assertThat(MatrixChart.wrap("Ankommen und Beratung", 14, 3)).containsExactly("Ankommen und", "Beratung");
        assertThat(SvgMarkup.shorten("Sankt Johannes an der langen Brücke", 10)).hasSize(10).endsWith("…");
        assertThat(SvgMarkup.shorten("Kurz", 10)).isEqualTo("Kurz");
    }

    /** How a text appears in the markup: isolated for the bidirectional algorithm. */
    private static String shown(String text) {
        return ">" + SvgMarkup.ISOLATE + text + SvgMarkup.POP_ISOLATE + "<";
    }

    private static List<Double> widths(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"").matcher(svg);
        List<Double> widths = new java.util.ArrayList<>();
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }
}
