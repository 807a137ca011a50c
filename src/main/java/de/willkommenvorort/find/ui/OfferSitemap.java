package de.willkommenvorort.find.ui;

import de.willkommenvorort.base.SitemapContribution;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.offer.PublicOffers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The start page, each building block's list, the events, and every published, current offer. */
@Component
class OfferSitemap implements SitemapContribution {

    private final PublicOffers offers;

    OfferSitemap(PublicOffers offers) {
        this.offers = offers;
    }

    @Override
    public List<Page> sitemapPages() {
        List<Page> pages = new ArrayList<>();
        pages.add(Page.of(""));
        for (BuildingBlock block : BuildingBlock.values()) {
            pages.add(Page.of(ResultsView.link(block, Optional.empty(), "")));
        }
        pages.add(Page.of(EventsView.ROUTE));
        offers.publishedIds().forEach((id, published) -> pages.add(new Page(OfferView.link(id), Optional.of(published))));
        return pages;
    }
}
