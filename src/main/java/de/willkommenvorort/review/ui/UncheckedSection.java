package de.willkommenvorort.review.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The queue of offers to check afterwards in the staff navigation, with how many wait. */
@Component
class UncheckedSection implements StaffSection {

    static final String ROUTE = "staff/unchecked";

    private final ReviewQueue queue;

    UncheckedSection(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String labelKey() {
        return "review.unchecked.nav";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(queue.countUnchecked());
    }
}
