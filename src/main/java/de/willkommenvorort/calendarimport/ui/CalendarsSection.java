package de.willkommenvorort.calendarimport.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Imported calendars in the staff navigation, for administrators only. */
@Component
class CalendarsSection implements StaffSection {

    @Override
    public String route() {
        return CalendarsView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "calendar.nav";
    }

    @Override
    public int order() {
        return 67;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
