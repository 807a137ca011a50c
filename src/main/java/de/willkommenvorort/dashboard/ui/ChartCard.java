package de.willkommenvorort.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * One figure of the dashboard: a heading, the chart (SVG written by {@link BarChart} or
 * {@link MatrixChart}, all text escaped there), and the same numbers as a table behind "show as
 * table", for screen readers and for copying into minutes.
 */
class ChartCard extends Section {

    private final Div body = new Div();

    ChartCard(String title) {
        addClassName("dashboard-card");
        add(new H2(title), body);
        body.addClassName("dashboard-card-body");
    }

    /** Puts what the card shows in place of what it showed, e.g. after a new period was picked. */
    ChartCard show(Component... content) {
        body.removeAll();
        body.add(content);
        return this;
    }

    /** The chart's markup as a picture that scales with the card. */
    static Component chart(String markup) {
        Svg svg = new Svg(markup);
        svg.addClassName("dashboard-chart");
        return svg;
    }

    /** The numbers as a table, folded away under {@code summary}. */
    static Component table(String summary, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tableRow = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell first = new NativeTableHeaderCell(row.get(i));
                    first.getElement().setAttribute("scope", "row");
                    tableRow.add(first);
                } else {
                    tableRow.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(tableRow);
        }
        table.add(head, body);
        NativeDetails details = new NativeDetails(summary, table);
        details.addClassName("dashboard-details");
        return details;
    }

    /** A number in large print with what it counts. */
    static Component figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("dashboard-figure-value");
        Span text = new Span(label);
        text.addClassName("dashboard-figure-label");
        Div figure = new Div(number, text);
        figure.addClassName("dashboard-figure");
        return figure;
    }
}
