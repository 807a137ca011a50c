package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that only says something and offers the way home: the error pages. */
abstract class MessagePage extends Div implements HasDynamicTitle {

    private final String titleKey;

    MessagePage(String className, String titleKey, String hintKey) {
        this.titleKey = titleKey;
        addClassName(className);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(hintKey)),
                MainLayout.routerLink("", new Span(getTranslation("notfound.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
