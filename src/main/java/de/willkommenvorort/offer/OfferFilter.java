package de.willkommenvorort.offer;

import de.willkommenvorort.category.BuildingBlock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a newcomer narrows the public list by. Every part is optional; an empty filter lists every
 * published offer. {@code childcare}: only offers with childcare during the offer;
 * {@code courseLevel}: language courses of that level; {@code startsFrom}: courses whose next start
 * is on or after that day (and events from that day on).
 */
public record OfferFilter(
        Optional<BuildingBlock> block,
        Optional<Long> categoryId,
        Optional<Long> municipalityId,
        Optional<String> spokenLanguage,
        Optional<TargetGroup> targetGroup,
        boolean freeOnly,
        boolean childcare,
        Optional<CourseLevel> courseLevel,
        Optional<LocalDate> startsFrom,
        Optional<String> text) {

    /** The longest search text taken; longer input is cut, not refused. */
    public static final int TEXT_MAX = 100;

    public static OfferFilter everything() {
        return new OfferFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public OfferFilter withBlock(BuildingBlock value) {
        return new OfferFilter(Optional.ofNullable(value), categoryId, municipalityId, spokenLanguage, targetGroup,
                freeOnly, childcare, courseLevel, startsFrom, text);
    }

    public OfferFilter withCategory(Long value) {
        return new OfferFilter(block, Optional.ofNullable(value), municipalityId, spokenLanguage, targetGroup,
                freeOnly, childcare, courseLevel, startsFrom, text);
    }

    public OfferFilter withMunicipality(Long value) {
        return new OfferFilter(block, categoryId, Optional.ofNullable(value), spokenLanguage, targetGroup,
                freeOnly, childcare, courseLevel, startsFrom, text);
    }

    public OfferFilter withSpokenLanguage(String value) {
        return new OfferFilter(block, categoryId, municipalityId, Optional.ofNullable(value), targetGroup,
                freeOnly, childcare, courseLevel, startsFrom, text);
    }

    public OfferFilter withTargetGroup(TargetGroup value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, Optional.ofNullable(value),
                freeOnly, childcare, courseLevel, startsFrom, text);
    }

    public OfferFilter withFreeOnly(boolean value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, value, childcare,
                courseLevel, startsFrom, text);
    }

    public OfferFilter withChildcare(boolean value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, freeOnly, value,
                courseLevel, startsFrom, text);
    }

    public OfferFilter withCourseLevel(CourseLevel value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, freeOnly, childcare,
                Optional.ofNullable(value), startsFrom, text);
    }

    public OfferFilter withStartsFrom(LocalDate value) {
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, freeOnly, childcare,
                courseLevel, Optional.ofNullable(value), text);
    }

    public OfferFilter withText(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > TEXT_MAX) {
            trimmed = trimmed.substring(0, TEXT_MAX);
        }
        return new OfferFilter(block, categoryId, municipalityId, spokenLanguage, targetGroup, freeOnly, childcare,
                courseLevel, startsFrom, trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed));
    }

    /** True when anything beyond the building block narrows the list. */
    public boolean narrowsBeyondBlock() {
        return categoryId.isPresent() || municipalityId.isPresent() || spokenLanguage.isPresent()
                || targetGroup.isPresent() || freeOnly || childcare || courseLevel.isPresent()
                || startsFrom.isPresent() || text.isPresent();
    }
}
