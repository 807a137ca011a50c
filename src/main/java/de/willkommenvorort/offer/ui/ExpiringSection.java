package de.willkommenvorort.offer.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Offers that end soon, in the staff navigation. */
@Component
class ExpiringSection implements StaffSection {

    static final String ROUTE = "staff/expiring";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String labelKey() {
        return "expiring.nav";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }
}
