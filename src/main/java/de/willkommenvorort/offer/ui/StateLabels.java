package de.willkommenvorort.offer.ui;

import de.willkommenvorort.offer.ReviewState;
import java.util.Locale;

/** Translation keys of the review states, as providers read them. */
public final class StateLabels {

    private StateLabels() {
    }

    public static String state(ReviewState state) {
        return "offer.state." + state.name().toLowerCase(Locale.ROOT);
    }
}
