package de.willkommenvorort.provider.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The providers in the staff navigation, for administrators only: they decide whom to trust. */
@Component
class ProvidersSection implements StaffSection {

    @Override
    public String route() {
        return ProvidersView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "provider.staff.nav";
    }

    @Override
    public int order() {
        return 66;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
