package de.willkommenvorort.mail.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.mail.MailOutbox;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The outbox in the staff navigation, for administrators; the badge counts mail that is stuck
 * (failed, or waiting after a failed try), not mail that is on its way in this second.
 */
@Component
class MailSection implements StaffSection {

    private final MailOutbox outbox;

    MailSection(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String route() {
        return MailOutboxView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "mail.outbox.nav";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(outbox.failed() + outbox.delayed());
    }
}
