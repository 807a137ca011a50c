package de.willkommenvorort.category;

import java.util.Locale;
import java.util.Optional;

/** The four building blocks of the county's integration work, the app's four doors. */
public enum BuildingBlock {
    WELCOME, EDUCATION, WORK, PARTICIPATION;

    /** Lower-case name used in URLs and translation keys. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BuildingBlock> ofSlug(String slug) {
        for (BuildingBlock block : values()) {
            if (block.slug().equals(slug)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
