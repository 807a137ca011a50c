package de.willkommenvorort.audit.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The audit log in the staff navigation, for administrators only. */
@Component
class AuditSection implements StaffSection {

    static final String ROUTE = "staff/audit";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String labelKey() {
        return "audit.nav";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
