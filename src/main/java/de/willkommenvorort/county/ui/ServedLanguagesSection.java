package de.willkommenvorort.county.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The served languages' place in the staff navigation, for administrators only. */
@Component
class ServedLanguagesSection implements StaffSection {

    @Override
    public String route() {
        return ServedLanguagesView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "catalogue.nav.languages";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
