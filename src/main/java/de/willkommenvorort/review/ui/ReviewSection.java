package de.willkommenvorort.review.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The review queue in the staff navigation, with how many items wait. */
@Component
class ReviewSection implements StaffSection {

    static final String ROUTE = "staff/review";

    private final ReviewQueue queue;

    ReviewSection(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String labelKey() {
        return "review.nav";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> roles() {
        return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(queue.count());
    }
}
