package de.willkommenvorort.offer;

import de.willkommenvorort.category.BuildingBlock;
import java.util.Optional;

/**
 * What a newcomer narrows the public list by. Every part is optional; an empty filter lists every
 * published offer.
 */
public record OfferFilter(
        Optional<BuildingBlock> block,
        Optional<Long> categoryId,
        Optional<Long> municipalityId,
        Optional<String> spokenLanguage,
        Optional<TargetGroup> targetGroup,
        boolean freeOnly,
        Optional<String> text) {

    /** The longest search text taken; longer input is cut, not refused. */
    public static final int TEXT_MAX = 100;

    public static OfferFilter everything() {
        return new OfferFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    public OfferFilter withBlock(BuildingBlock value) {
        return new OfferFilter(Optional.ofNullable(value), categoryId, municipalityId, spokenLanguage, targetGroup,
                freeOnly, text);
    }

    public OfferFilter withCategory(Long value) {
        return new OfferFilter(block, Optional.ofNullable(value), municipalityId, spokenLanguage, targetGroup,
                freeOnly, text);
    }

    public OfferFilter withMunicipality(Long value) {
        return new OfferFilter(block, categoryId, Optional.ofNullable(value), spokenLanguage, targetGroup,
                freeOnly, text);
    }

    public OfferFilter withSpokenLanguage(String value) {
        return new OfferFilter(block, categoryId, municipalityId, Optional.ofNullable(value), targetGroup,
                freeOnly, text);
    }

    public OfferFilter withTargetGroup(TargetGroup value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, Optional.ofNullable(value),
                freeOnly, text);
    }

    public OfferFilter withFreeOnly(boolean value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, value, text);
    }

    public OfferFilter withText(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > TEXT_MAX) {
            trimmed = trimmed.substring(0, TEXT_MAX);
        }
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, freeOnly,
                trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed));
    }

    /** True when anything beyond the building block narrows the list. */
    public boolean narrowsBeyondBlock() {
        return categoryId.isPresent() || municipalityId.isPresent() || spokenLanguage.isPresent()
                || targetGroup.isPresent() || freeOnly || text.isPresent();
    }
}
