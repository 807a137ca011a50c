package de.willkommenvorort.skills;

import de.willkommenvorort.base.SitemapContribution;
import de.willkommenvorort.find.HomeTile;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Where the skills profile is, and its tile on the start page (after the course check's). */
@Configuration
public class SkillsProfile {

    /** The profile's page. */
    public static final String ROUTE = "skills";

    /** The occupation lists, one file per language ({@code de.json}, …), with their LICENSE.md. */
    public static final String OCCUPATIONS = "occupations/";

    @Bean
    SitemapContribution skillsInSitemap() {
        return () -> List.of(SitemapContribution.Page.of(ROUTE));
    }

    @Bean
    @Order(2)
    HomeTile skillsTile() {
        return new HomeTile(ROUTE, "icons/skills.svg", "skills.home.link", "skills.home.hint", "skills-tile");
    }
}
