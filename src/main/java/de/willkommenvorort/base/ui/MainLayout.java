package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.i18n.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every newcomer screen: the app's name (home) and the language switch, which shows
 * the current language in its own script and name, never a flag.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final Anchor languageSwitch = new Anchor();

    public MainLayout() {
        addClassName("app");
        Anchor skip = new Anchor("#main", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);

        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("app-name");
        home.getElement().setAttribute("router-link", true);

        Image globe = new Image("icons/language.svg", "");
        globe.addClassName("icon");
        Language language = Language.of(getLocale());
        Span name = new Span(language.ownName());
        name.getElement().setAttribute("lang", language.code());
        languageSwitch.add(globe, name);
        languageSwitch.addClassName("language-switch");
        languageSwitch.getElement().setAttribute("aria-label",
                getTranslation("layout.language.change") + ": " + language.ownName());
        languageSwitch.getElement().setAttribute("router-link", true);

        Header header = new Header(home, languageSwitch);
        header.addClassName("app-header");

        main.setId("main");
        main.addClassName("app-main");
        add(skip, header, main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Coming back from the language picker returns to where the newcomer was.
        String here = event.getLocation().getPathWithQueryParameters();
        languageSwitch.setHref(here.startsWith(LanguageView.ROUTE) ? LanguageView.ROUTE
                : LanguageView.ROUTE + "?" + LanguageView.BACK + "=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    /** Content components use this to build a link that the router handles without a reload. */
    public static Anchor routerLink(String href, Component... content) {
        Anchor link = new Anchor(href, content);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
