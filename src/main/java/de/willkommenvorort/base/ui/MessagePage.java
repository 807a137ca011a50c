package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that only says something and offers the way home: the error pages. */
abstract class MessagePage extends Div implements HasDynamicTitle, HasPageMeta {

    private final String titleKey;
    private final String hintKey;

    MessagePage(String className, String titleKey, String hintKey) {
        this.titleKey = titleKey;
        this.hintKey = hintKey;
        addClassName(className);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(hintKey)),
                MainLayout.routerLink("", new Span(getTranslation("notfound.home"))));
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
