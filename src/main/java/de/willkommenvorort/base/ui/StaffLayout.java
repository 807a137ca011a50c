package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The frame of the county staff's workspace, inside the app's own frame: the places the signed-in
 * person's role may use, each with how many items wait there, and signing out. The counts are read
 * again on every navigation, so a decision taken shows at once.
 */
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
@ParentLayout(MainLayout.class)
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final List<StaffSection> sections;
    private final AuthenticationContext authentication;
    private final Nav nav = new Nav();
    private final Div content = new Div();

    public StaffLayout(List<StaffSection> sections, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.sections = visible(sections, authentication);
        addClassName("staff");
        nav.addClassName("staff-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("staff.nav"));
        content.addClassName("staff-content");
        add(nav, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String here = event.getLocation().getPath();
        nav.removeAll();
        for (StaffSection section : sections) {
            Anchor link = MainLayout.routerLink(section.route(), new Span(getTranslation(section.labelKey())));
            OptionalLong count = section.count();
            if (count.isPresent() && count.getAsLong() > 0) {
                Span badge = new Span(getTranslation("staff.count", count.getAsLong()));
                badge.addClassName("staff-count");
                link.add(badge);
            }
            if (here.equals(section.route()) || here.startsWith(section.route() + "/")) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        NativeButton signOut = new NativeButton(getTranslation("nav.sign-out"), e -> authentication.logout());
        signOut.addClassName("nav-button");
        nav.add(MainLayout.routerLink("my/profile", new Span(getTranslation("nav.profile"))), signOut);
    }

    /** The places the signed-in person's role may use, in navigation order. */
    static List<StaffSection> visible(List<StaffSection> sections, AuthenticationContext authentication) {
        return sections.stream()
                .filter(s -> authentication.hasAnyRole(s.roles()))
                .sorted(Comparator.comparingInt(StaffSection::order))
                .toList();
    }
}
