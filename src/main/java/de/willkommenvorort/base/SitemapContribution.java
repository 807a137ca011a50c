package de.willkommenvorort.base;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A feature's public pages for {@code sitemap.xml}. Only what newcomers may see belongs here:
 * published, current content; the sitemap adds each page's alternates in every served language.
 */
public interface SitemapContribution {

    /** One page: its path inside the app ({@code offer/12}, {@code ""} for the start page). */
    record Page(String path, Optional<Instant> lastModified) {

        public static Page of(String path) {
            return new Page(path, Optional.empty());
        }
    }

    List<Page> sitemapPages();
}
