package de.willkommenvorort.info.ui;

import de.willkommenvorort.base.SitemapContribution;
import de.willkommenvorort.info.InfoPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The list of the county's info pages and every live page. */
@Component
class InfoSitemap implements SitemapContribution {

    private final InfoPages pages;

    InfoSitemap(InfoPages pages) {
        this.pages = pages;
    }

    @Override
    public List<Page> sitemapPages() {
        List<Page> all = new ArrayList<>();
        all.add(Page.of(InfoPages.ROUTE));
        pages.publishedSlugs().forEach((slug, at) -> all.add(new Page(InfoPages.ROUTE + "/" + slug, Optional.ofNullable(at))));
        return all;
    }
}
