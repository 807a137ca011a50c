package de.willkommenvorort.info.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.info.InfoPageEditing;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The info pages in the staff navigation; the badge counts pages to review or to re-translate. */
@Component
class InfoSection implements StaffSection {

    private final InfoPageEditing editing;

    InfoSection(InfoPageEditing editing) {
        this.editing = editing;
    }

    @Override
    public String route() {
        return StaffInfoView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "info.nav";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(editing.waiting());
    }
}
