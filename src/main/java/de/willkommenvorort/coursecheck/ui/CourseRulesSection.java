package de.willkommenvorort.coursecheck.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The course check's rules in the staff navigation, for administrators only, among the county's set-up. */
@Component
class CourseRulesSection implements StaffSection {

    @Override
    public String route() {
        return CourseRulesView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "coursecheck.staff.nav";
    }

    @Override
    public int order() {
        return 72;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }
}
