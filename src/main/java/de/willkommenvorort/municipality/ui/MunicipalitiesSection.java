package de.willkommenvorort.municipality.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The municipalities' place in the staff navigation, for administrators only. */
@Component
class MunicipalitiesSection implements StaffSection {

    @Override
    public String route() {
        return MunicipalitiesView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "catalogue.nav.municipalities";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
