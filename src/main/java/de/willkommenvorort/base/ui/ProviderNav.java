package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;

/**
 * The few places of a volunteer's or an organisation's own area, and signing out; for a
 * translator, their queue instead of offers. Signing out also clears the unsaved input this
 * account left on the device ({@link DeviceDrafts}): offices share computers.
 */
public class ProviderNav extends Nav {

    public ProviderNav(AuthenticationContext authentication) {
        addClassName("provider-nav");
        getElement().setAttribute("aria-label", getTranslation("nav.provider"));
        NativeButton signOut = new NativeButton(getTranslation("nav.sign-out"), e -> {
            authentication.getAuthenticatedUser(Object.class).filter(Actor.class::isInstance).map(Actor.class::cast)
                    .ifPresent(actor -> DeviceDrafts.forgetAccount(actor.accountId()));
            authentication.logout();
        });
        signOut.addClassName("nav-button");
        if (authentication.hasRole(AppRoles.TRANSLATOR)) {
            add(MainLayout.routerLink("translate", new Span(getTranslation("nav.translate"))));
        } else {
            add(MainLayout.routerLink("my", new Span(getTranslation("nav.my-offers"))),
                    MainLayout.routerLink("my/offers/new", new Span(getTranslation("nav.new-offer"))));
        }
        add(MainLayout.routerLink("my/profile", new Span(getTranslation("nav.profile"))), signOut);
    }
}
