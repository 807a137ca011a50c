package de.willkommenvorort.dashboard;

import java.util.Optional;

/**
 * How many published offers one municipality has; the offers online or by phone, which serve the
 * whole county, are counted as a place of their own ({@code municipality} empty).
 */
public record PlaceCount(Optional<String> municipality, long offers) {

    public boolean online() {
        return municipality.isEmpty();
    }
}
