package de.willkommenvorort.review.ui;

import de.willkommenvorort.base.ui.StaffSection;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.security.AppRoles;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two queues in the staff navigation, each with how many offers wait: submissions to review
 * before they are public, and trusted providers' offers to check after they went public.
 */
@Configuration
class ReviewSections {

    static final String REVIEW = "staff/review";
    static final String UNCHECKED = "staff/unchecked";

    /** A queue for moderators and administrators. */
    private record Queue(String route, String labelKey, int order, LongSupplier waiting) implements StaffSection {

        @Override
        public Set<String> roles() {
            return Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);
        }

        @Override
        public OptionalLong count() {
            return OptionalLong.of(waiting.getAsLong());
        }
    }

    @Bean
    StaffSection reviewSection(ReviewQueue queue) {
        return new Queue(REVIEW, "review.nav", 10, queue::count);
    }

    @Bean
    StaffSection uncheckedSection(ReviewQueue queue) {
        return new Queue(UNCHECKED, "review.unchecked.nav", 11, queue::countUnchecked);
    }
}
