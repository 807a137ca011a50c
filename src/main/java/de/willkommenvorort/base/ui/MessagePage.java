package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that only says something and offers the way home: the error pages. */
abstract class MessagePage extends Div implements HasDynamicTitle, HasPageMeta {

    private final H1 title = new H1();
    private final Paragraph hint = new Paragraph();
    private String titleKey;
    private String hintKey;

    MessagePage(String className, String titleKey, String hintKey) {
        addClassName(className);
        say(titleKey, hintKey);
        add(title, hint, MainLayout.routerLink("", new Span(getTranslation("notfound.home"))));
    }

    /** Says something else than the page's usual message (before the page is shown). */
    final void say(String titleKey, String hintKey) {
        this.titleKey = titleKey;
        this.hintKey = hintKey;
        title.setText(getTranslation(titleKey));
        hint.setText(getTranslation(hintKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    /** Error pages are never indexed; their address is whatever was asked for. */
    @Override
    public PageMeta pageMeta() {
        return PageMeta.of(getTranslation(hintKey), "").notIndexed();
    }
}
