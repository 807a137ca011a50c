package de.willkommenvorort.coursecheck.ui;

import de.willkommenvorort.base.SitemapContribution;
import de.willkommenvorort.find.HomeTile;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The course check's tile on the start page (before the skills profile's), and its place in the sitemap. */
@Configuration
class CourseCheckEntry {

    @Bean
    SitemapContribution courseCheckInSitemap() {
        return () -> List.of(SitemapContribution.Page.of(CourseCheckView.ROUTE));
    }

    @Bean
    @Order(1)
    HomeTile courseCheckTile() {
        return new HomeTile(CourseCheckView.ROUTE, "icons/block-education.svg", "coursecheck.home.link",
                "coursecheck.home.hint", "course-check-tile");
    }
}
