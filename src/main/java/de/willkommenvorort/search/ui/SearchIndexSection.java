package de.willkommenvorort.search.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The search index's place in the staff navigation, for administrators only. */
@Component
class SearchIndexSection implements StaffSection {

    @Override
    public String route() {
        return SearchIndexView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "search.admin.nav";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
