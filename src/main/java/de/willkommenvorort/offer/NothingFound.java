package de.willkommenvorort.offer;

import de.willkommenvorort.category.BuildingBlock;
import java.util.Optional;

/**
 * A newcomer said that a search found nothing. Published as an application event, so that the
 * feature that keeps these signals for the county listens to offers, not the other way round. It
 * carries what was searched and the app's language only: nothing about who searched.
 */
public record NothingFound(Optional<String> query, Optional<BuildingBlock> block, Optional<Long> municipalityId,
                           String language) {

    /** What the newcomer searched with this filter, in this language of the app. */
    public static NothingFound of(OfferFilter filter, String language) {
        return new NothingFound(filter.text().map(String::strip).filter(t -> !t.isEmpty()), filter.block(),
                filter.municipalityId(), language);
    }
}
