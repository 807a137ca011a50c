package de.willkommenvorort.category.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The categories' place in the staff navigation, for administrators only. */
@Component
class CategoriesSection implements StaffSection {

    @Override
    public String route() {
        return CategoriesView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "catalogue.nav.categories";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
