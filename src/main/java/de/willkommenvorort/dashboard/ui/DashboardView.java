package de.willkommenvorort.dashboard.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.NativeChoice;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.dashboard.CountyFigures;
import de.willkommenvorort.dashboard.Coverage;
import de.willkommenvorort.dashboard.FoundNothing;
import de.willkommenvorort.dashboard.OpenReports;
import de.willkommenvorort.dashboard.PlaceCount;
import de.willkommenvorort.dashboard.ReviewQueue;
import de.willkommenvorort.dashboard.SearchPeriod;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code /staff/dashboard}: the county's figures as a county's integration officer would show them
 * at a meeting. Every chart is a picture with a summary in words and its numbers as a table; the
 * numbers are written as the UI language writes them.
 */
@Route(value = DashboardView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class DashboardView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/dashboard";

    private final CountyFigures figures;
    private final Language language;
    private final NumberFormat integers;
    private final NumberFormat percents;
    private final Div foundNothing = new Div();

    DashboardView(CountyFigures figures) {
        this.figures = figures;
        this.language = Language.of(getLocale());
        this.integers = NumberFormat.getIntegerInstance(language.formatting());
        this.percents = NumberFormat.getPercentInstance(language.formatting());
        percents.setMaximumFractionDigits(0);
        addClassNames("page", "dashboard");
        add(new H1(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.intro")));
        Div grid = new Div(perBlock(), perPlace(), queue(), reports(),
                coverage("dashboard.coverage.title", "dashboard.coverage.intro", figures.translationCoverage()),
                coverage("dashboard.coverage.info.title", "dashboard.coverage.info.intro", figures.infoPageCoverage()),
                foundNothingCard());
        grid.addClassName("dashboard-grid");
        add(grid);
        showFoundNothing(SearchPeriod.LAST_90_DAYS);
    }

    private ChartCard perBlock() {
        String title = getTranslation("dashboard.blocks.title");
        List<BarChart.Bar> bars = figures.offersPerBlock().stream()
                .map(b -> bar(blockName(b.block()), b.offers())).toList();
        return bars(title, bars, getTranslation("dashboard.column.block"));
    }

    private ChartCard perPlace() {
        String title = getTranslation("dashboard.places.title");
        List<BarChart.Bar> bars = figures.offersPerPlace().stream()
                .map(p -> bar(placeName(p), p.offers())).toList();
        return bars(title, bars, getTranslation("dashboard.column.place"));
    }

    private ChartCard queue() {
        ReviewQueue queue = figures.reviewQueue();
        String title = getTranslation("dashboard.queue.title");
        List<BarChart.Bar> bars = Arrays.stream(ReviewQueue.Age.values())
                .map(age -> bar(ageClass(age), queue.count(age)))
                .toList();
        Div numbers = new Div(
                ChartCard.figure(integers.format(queue.waiting()), getTranslation("dashboard.queue.waiting")),
                ChartCard.figure(queue.oldest().map(this::waited).orElse("–"), getTranslation("dashboard.queue.oldest")));
        numbers.addClassName("dashboard-figures");
        return new ChartCard(title).show(numbers, chartAndTable(title, bars,
                getTranslation("dashboard.column.age")));
    }

    /** "3 days"; under a day it says so rather than "0 days". */
    private String waited(Duration age) {
        return age.toDays() < 1 ? ageClass(ReviewQueue.Age.UNDER_ONE_DAY) : getTranslation("dashboard.queue.days", age.toDays());
    }

    private String ageClass(ReviewQueue.Age age) {
        return getTranslation("dashboard.queue.age." + age.name().toLowerCase().replace('_', '-'),
                age == ReviewQueue.Age.UNDER_ONE_DAY ? age.toDays() : age.fromDays(), age.toDays());
    }

    private ChartCard reports() {
        OpenReports reports = figures.openReports();
        Div numbers = new Div(
                ChartCard.figure(integers.format(reports.open()), getTranslation("dashboard.reports.open")),
                ChartCard.figure(integers.format(reports.flaggedOffers()),
                        getTranslation("dashboard.reports.flagged", OpenReports.FLAGGED)));
        numbers.addClassName("dashboard-figures");
        return new ChartCard(getTranslation("dashboard.reports.title")).show(numbers);
    }

    /** A matrix of languages × building blocks: the share of texts with a current translation. */
    private ChartCard coverage(String titleKey, String introKey, List<Coverage> cells) {
        String title = getTranslation(titleKey);
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.coverage.all"));
        Arrays.stream(BuildingBlock.values()).map(this::blockName).forEach(headers::add);
        List<String> rows = new ArrayList<>();
        List<List<MatrixChart.Cell>> matrix = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (Language row : cells.stream().map(Coverage::language).distinct().toList()) {
            String name = LocalFormats.languageName(row.code(), language);
            rows.add(name);
            List<MatrixChart.Cell> line = cells.stream().filter(c -> c.language() == row).map(this::cell).toList();
            matrix.add(line);
            List<String> tableRow = new ArrayList<>();
            tableRow.add(name);
            line.forEach(c -> tableRow.add(c.secondLine().isEmpty() ? c.text()
                    : getTranslation("dashboard.coverage.table-cell", c.text(), c.secondLine())));
            table.add(tableRow);
        }
        List<String> legend = new ArrayList<>();
        for (int step = 0; step < MatrixChart.STEPS.length; step++) {
            legend.add(getTranslation("dashboard.coverage.legend", percents.format(step / 5.0),
                    percents.format((step + 1) / 5.0)));
        }
        String summary = summary(title, cells.stream().filter(c -> c.block().isEmpty())
                .map(c -> getTranslation("dashboard.chart.item", LocalFormats.languageName(c.language().code(), language),
                        percents.format(c.currentShare())))
                .toList());
        String markup = new MatrixChart(summary, getTranslation("dashboard.no-data"), language.rightToLeft())
                .render(headers, rows, matrix, legend);
        List<String> tableHeaders = new ArrayList<>();
        tableHeaders.add(getTranslation("dashboard.column.language"));
        tableHeaders.addAll(headers);
        Component chart = ChartCard.chart(markup);
        // On a phone the matrix scrolls sideways; a keyboard must be able to scroll it too.
        chart.getElement().setAttribute("tabindex", "0");
        Anchor ask = MainLayout.routerLink("staff/translations", new Span(getTranslation("dashboard.coverage.ask")));
        ChartCard card = new ChartCard(title).show(new Paragraph(getTranslation(introKey)),
                chart, ChartCard.table(getTranslation("dashboard.show-table"), tableHeaders, table), new Paragraph(ask));
        card.addClassName("dashboard-wide");
        return card;
    }

    private MatrixChart.Cell cell(Coverage coverage) {
        if (coverage.published() == 0) {
            return new MatrixChart.Cell(OptionalDouble.empty(), "–", "");
        }
        String outdated = coverage.outdated() == 0 ? ""
                : getTranslation("dashboard.coverage.outdated", percents.format(coverage.outdatedShare()));
        return new MatrixChart.Cell(OptionalDouble.of(coverage.currentShare()),
                percents.format(coverage.currentShare()), outdated);
    }

    /** The period can be changed; only the figures below the choice are drawn again. */
    private ChartCard foundNothingCard() {
        List<NativeChoice.Option> options = Arrays.stream(SearchPeriod.values())
                .map(p -> new NativeChoice.Option(p.name(), getTranslation("dashboard.period.days", p.days())))
                .toList();
        NativeChoice choice = new NativeChoice("dashboard-period", options, SearchPeriod.LAST_90_DAYS.name());
        choice.addClassName("native-select");
        choice.onChange(value -> showFoundNothing(SearchPeriod.valueOf(value)));
        NativeLabel label = new NativeLabel(getTranslation("dashboard.period.label"));
        label.setFor("dashboard-period");
        label.addClassName("field-label");
        Div period = new Div(label, choice);
        period.addClassName("dashboard-period");
        Paragraph privacy = new Paragraph(getTranslation("dashboard.found-nothing.privacy", FoundNothing.K));
        privacy.addClassName("hint");
        return new ChartCard(getTranslation("dashboard.found-nothing.title")).show(period, privacy, foundNothing);
    }

    private void showFoundNothing(SearchPeriod period) {
        FoundNothing found = figures.foundNothing(period);
        String title = getTranslation("dashboard.found-nothing.title");
        List<BarChart.Bar> bars = found.groups().stream().map(g -> new BarChart.Bar(blockOf(g), getTranslation(
                "dashboard.found-nothing.detail", placeOf(g), LocalFormats.languageName(g.language(), language)),
                g.searches(), integers.format(g.searches()))).toList();
        List<List<String>> rows = found.groups().stream().map(g -> List.of(blockOf(g), placeOf(g),
                LocalFormats.languageName(g.language(), language), integers.format(g.searches()))).toList();
        Paragraph smaller = new Paragraph(getTranslation("dashboard.found-nothing.smaller", FoundNothing.K,
                found.smallerGroups()));
        smaller.addClassName("dashboard-smaller");
        foundNothing.removeAll();
        foundNothing.add(chart(title, bars, getTranslation("dashboard.found-nothing.none", FoundNothing.K)), smaller,
                ChartCard.table(getTranslation("dashboard.show-table"), List.of(
                        getTranslation("dashboard.column.block"), getTranslation("dashboard.column.place"),
                        getTranslation("dashboard.column.language"), getTranslation("dashboard.column.searches")),
                        rows));
    }

    private ChartCard bars(String title, List<BarChart.Bar> bars, String labelHeader) {
        return new ChartCard(title).show(chartAndTable(title, bars, labelHeader));
    }

    private Component chartAndTable(String title, List<BarChart.Bar> bars, String labelHeader) {
        List<List<String>> rows = bars.stream().map(b -> List.of(b.label(), b.valueText())).toList();
        return new Div(chart(title, bars), ChartCard.table(getTranslation("dashboard.show-table"),
                List.of(labelHeader, getTranslation("dashboard.column.count")), rows));
    }

    private Component chart(String title, List<BarChart.Bar> bars) {
        return chart(title, bars, getTranslation("dashboard.no-data"));
    }

    private Component chart(String title, List<BarChart.Bar> bars, String noData) {
        String summary = summary(title, bars.stream()
                .map(b -> getTranslation("dashboard.chart.item", b.label(), b.valueText())).toList());
        return ChartCard.chart(new BarChart(summary, noData, language.rightToLeft()).render(bars));
    }

    /** A chart's name for assistive technology: its title and every value, as a list in the UI language. */
    private String summary(String title, List<String> items) {
        return getTranslation("dashboard.chart.summary", title,
                ListFormatter.getInstance(language.formatting()).format(items));
    }

    private BarChart.Bar bar(String label, long value) {
        return new BarChart.Bar(label, value, integers.format(value));
    }

    private String blockName(BuildingBlock block) {
        return getTranslation("block." + block.slug() + ".title");
    }

    private String placeName(PlaceCount place) {
        return place.municipality().orElseGet(() -> getTranslation("dashboard.places.online"));
    }

    private String blockOf(FoundNothing.Group group) {
        return group.block().map(this::blockName).orElseGet(() -> getTranslation("dashboard.found-nothing.any-block"));
    }

    private String placeOf(FoundNothing.Group group) {
        return group.municipality().orElseGet(() -> getTranslation("dashboard.found-nothing.whole-county"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
