package de.willkommenvorort.info.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.base.ui.PageActions;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.info.InfoPages;
import de.willkommenvorort.info.PublishedInfoPage;

/**
 * {@code /info/:slug}: one published info page. A draft, an archived or an unknown page looks the
 * same to a newcomer: not found. The text is plain text (paragraphs and links, never HTML).
 */
@Route(value = InfoPages.ROUTE + "/:slug", layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class InfoPageView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMeta {

    private final InfoPages pages;
    private final Language language;
    private String title = "";
    private PageMeta meta = PageMeta.of("", InfoPages.ROUTE);

    private final PublicAddress address;

    InfoPageView(InfoPages pages, PublicAddress address) {
        this.pages = pages;
        this.address = address;
        this.language = Language.of(getLocale());
        addClassName("info-page-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PublishedInfoPage page = pages.published(slug, language).orElseThrow(NotFoundException::new);
        removeAll();
        title = page.title();
        H1 heading = new H1(page.title());
        InfoListView.writtenIn(heading, page.textLanguage());
        add(MainLayout.routerLink(InfoPages.ROUTE, new Span(getTranslation("info.page.back"))), heading);
        if (!page.textLanguage().equals(language.code())) {
            Paragraph note = new Paragraph(Language.SOURCE.code().equals(page.textLanguage())
                    ? getTranslation("info.page.fallback")
                    : getTranslation("info.page.fallback.in", LocalFormats.languageName(page.textLanguage(), language)));
            note.addClassName("fallback-notice");
            note.getElement().setAttribute("role", "note");
            add(note);
        }
        PlainText body = new PlainText(page.body(), page.textLanguage());
        body.addClassName("info-body");
        add(body);
        String path = InfoPages.ROUTE + "/" + slug;
        add(new PageActions().share(address.of(path), page.title(), PageMeta.summary(page.body()))
                .readAloud(page.textLanguage()).done());
        meta = PageMeta.of(PageMeta.summary(page.body()), InfoPages.ROUTE + "/" + slug)
                .writtenIn(page.textLanguage());
    }

    @Override
    public PageMeta pageMeta() {
        return meta;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
