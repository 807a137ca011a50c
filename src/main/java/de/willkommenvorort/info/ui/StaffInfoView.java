package de.willkommenvorort.info.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.info.InfoPageEditing;
import de.willkommenvorort.info.InfoPageSummary;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * {@code staff/info}: every info page with its review state, and a matrix of which translations
 * are current, outdated or missing, so staff see at a glance where work waits.
 */
@Route(value = StaffInfoView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class StaffInfoView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/info";

    private final ServedLanguages served;

    StaffInfoView(InfoPageEditing editing, ServedLanguages served) {
        this.served = served;
        addClassName("info-staff");
        List<InfoPageSummary> pages = editing.overview();
        Anchor create = MainLayout.routerLink(InfoEditorView.link(InfoEditorView.NEW),
                new Span(getTranslation("info.staff.new")));
        create.addClassName("primary-link");
        add(new H1(getTranslation("info.staff.title")), create);
        if (pages.isEmpty()) {
            add(new Paragraph(getTranslation("info.staff.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("info-staff-list");
        for (InfoPageSummary page : pages) {
            Div card = new Div();
            card.addClassName("my-offer");
            Span title = new Span(page.germanTitle());
            title.getElement().setAttribute("lang", "de");
            card.add(new H2(MainLayout.routerLink(InfoEditorView.link(String.valueOf(page.id())), title)));
            Paragraph facts = new Paragraph(InfoLabels.state(this, page.state()), InfoLabels.live(this, page.live()),
                    new Span(InfoLabels.block(this, page.block().orElse(null))));
            card.add(facts);
            list.add(card);
        }
        add(list, new H2(getTranslation("info.staff.matrix")), new Paragraph(getTranslation("info.staff.matrix.hint")),
                matrix(pages));
    }

    /** Languages down, pages across: eleven short rows read well on a phone, and scroll sideways if many pages. */
    private Div matrix(List<InfoPageSummary> pages) {
        Language ui = Language.of(getLocale());
        NativeTable table = new NativeTable();
        table.addClassName("info-matrix");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("info.staff.language"));
        for (InfoPageSummary page : pages) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(page.slug());
            cell.getElement().setAttribute("scope", "col");
        }
        for (Language language : served.all()) {
            if (language == Language.SOURCE) {
                continue;
            }
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(LocalFormats.languageName(language.code(), ui));
            name.getElement().setAttribute("scope", "row");
            for (InfoPageSummary page : pages) {
                NativeTableCell cell = row.addDataCell();
                cell.add(InfoLabels.status(this, page.translations().get(language)));
                cell.addClassName("info-cell-" + page.translations().get(language).name().toLowerCase(Locale.ROOT));
            }
        }
        Div scroller = new Div(table);
        scroller.addClassName("info-matrix-scroll");
        return scroller;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("info.staff.title") + " – " + getTranslation("app.name");
    }
}
