package de.willkommenvorort.find.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommenvorort.base.ui.Bidi;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.info.InfoLink;
import de.willkommenvorort.info.InfoPages;
import java.util.List;

/**
 * "Good to know" above a building block's offers: the county's published info pages of that block
 * (e.g. recognition of qualifications beside the work offers). Hidden when there are none.
 */
class GoodToKnow extends Div {

    private final InfoPages pages;
    private final Language language;
    private final UnorderedList list = new UnorderedList();
    private BuildingBlock shown;
    private boolean loaded;

    GoodToKnow(InfoPages pages, Language language) {
        this.pages = pages;
        this.language = language;
        addClassName("good-to-know");
        getElement().setAttribute("role", "complementary");
        H2 title = new H2(getTranslation("info.results.title"));
        add(title, list);
        setVisible(false);
    }

    /** Lists the block's pages; asks the database again only when the block changed, not on every filter. */
    void show(BuildingBlock block) {
        if (loaded && block == shown) {
            return;
        }
        loaded = true;
        shown = block;
        List<InfoLink> links = block == null ? List.of() : pages.publishedFor(block, language);
        list.removeAll();
        for (InfoLink link : links) {
            Span title = new Span(link.title());
            Bidi.writtenIn(title, link.textLanguage());
            Anchor anchor = MainLayout.routerLink(link.href(), title);
            if (!link.textLanguage().equals(language.code())) {
                Span untranslated = new Span(Language.SOURCE.code().equals(link.textLanguage())
                        ? getTranslation("info.untranslated")
                        : getTranslation("results.in-language", LocalFormats.languageName(link.textLanguage(), language)));
                untranslated.addClassName("badge");
                anchor.add(untranslated);
            }
            list.add(new ListItem(anchor));
        }
        setVisible(!links.isEmpty());
    }
}
