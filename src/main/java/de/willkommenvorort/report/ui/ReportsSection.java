package de.willkommenvorort.report.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.report.Reports;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The reports queue in the staff navigation, with how many reports are open. */
@Component
class ReportsSection implements StaffSection {

    private final Reports reports;

    ReportsSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public String route() {
        return ReportQueueView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "report.queue.nav";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(reports.openCount());
    }
}
