package de.willkommenvorort.dashboard.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The dashboard's place in the staff navigation, after the queues. */
@Component
class DashboardSection implements StaffSection {

    @Override
    public String route() {
        return DashboardView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "dashboard.nav";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }
}
