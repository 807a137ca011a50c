package de.willkommenvorort.info.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.info.InfoLink;
import de.willkommenvorort.info.InfoPages;
import java.util.List;

/**
 * {@code /info}: the county's published guidance, in the newcomer's language where a current
 * translation exists, else in German, marked as such in their language.
 */
@Route(value = InfoPages.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@ServerPage
class InfoListView extends Div implements HasDynamicTitle, HasPageMeta {

    InfoListView(InfoPages pages) {
        addClassName("info-list-view");
        Language language = Language.of(getLocale());
        add(new H1(getTranslation("info.list.title")), new Paragraph(getTranslation("info.list.intro")));
        List<InfoLink> links = pages.published(language);
        if (links.isEmpty()) {
            add(new Paragraph(getTranslation("info.list.empty")));
        }
        Div list = new Div();
        list.addClassName("info-links");
        links.forEach(link -> list.add(card(link, language)));
        add(list);
    }

    /** A link to one page; one of several views that show a page's title with its language. */
    static Anchor card(InfoLink link, Language language) {
        Span title = new Span(link.title());
        title.addClassName("offer-card-title");
        writtenIn(title, link.textLanguage());
        Anchor card = MainLayout.routerLink(link.href(), title);
        card.addClassNames("offer-card", "info-card");
        if (!link.textLanguage().equals(language.code())) {
            Span untranslated = new Span(Language.SOURCE.code().equals(link.textLanguage())
                    ? card.getTranslation("info.untranslated")
                    : card.getTranslation("results.in-language", LocalFormats.languageName(link.textLanguage(), language)));
            untranslated.addClassName("badge");
            card.add(untranslated);
        }
        return card;
    }

    /** Marks a text's language and direction: German shown on an Arabic page still reads left to right. */
    static void writtenIn(HasElement text, String languageCode) {
        Bidi.writtenIn(text, languageCode);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("info.list.title") + " – " + getTranslation("app.name");
    }

    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation("info.list.intro"), InfoPages.ROUTE);
    }
}
