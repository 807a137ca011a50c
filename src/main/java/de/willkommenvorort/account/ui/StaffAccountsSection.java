package de.willkommenvorort.account.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The staff accounts screen in the staff navigation, for administrators only, near the end. */
@Component
class StaffAccountsSection implements StaffSection {

    static final String ROUTE = "staff/accounts";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String labelKey() {
        return "staff.account.nav";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
