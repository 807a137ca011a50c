package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** {@code /staff}: leads to the first place of the workspace the signed-in person's role may use. */
@Route(value = StaffHomeView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
public class StaffHomeView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "staff";

    private final List<StaffSection> sections;

    public StaffHomeView(List<StaffSection> sections, AuthenticationContext authentication) {
        this.sections = StaffLayout.visible(sections, authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(sections.isEmpty() ? "my/profile" : sections.getFirst().route());
    }
}
