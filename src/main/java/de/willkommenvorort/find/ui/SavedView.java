package de.willkommenvorort.find.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;

/**
 * {@code /saved}: the offers a newcomer saved, which live on their phone only (the browser's
 * storage; nothing about them is sent to the server). The server sends the frame and its words;
 * page.js fills in the list, and the service worker keeps every saved offer for use offline.
 */
@Route(value = SavedView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class SavedView extends Div implements HasDynamicTitle, HasPageMeta {

    static final String ROUTE = "saved";

    SavedView() {
        addClassName("saved-view");
        UnorderedList list = new UnorderedList();
        list.addClassName("saved-list");
        list.setId("saved-list");
        list.getElement().setAttribute("data-remove-label", getTranslation("saved.remove"));
        list.getElement().setAttribute("data-removed-status", getTranslation("actions.removed.status"));
        Paragraph empty = new Paragraph(getTranslation("saved.empty"));
        empty.addClassName("saved-empty");
        empty.setId("saved-empty");
        Paragraph status = new Paragraph();
        status.addClassName("action-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("saved.title")), new Paragraph(getTranslation("saved.intro")), list, empty, status,
                MainLayout.routerLink("", new com.vaadin.flow.component.html.Span(getTranslation("notfound.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("saved.title") + " – " + getTranslation("app.name");
    }

    /** What one phone saved is nobody else's page. */
    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation("saved.intro"), ROUTE).notIndexed();
    }
}
