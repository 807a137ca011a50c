package de.willkommenvorort.dashboard;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import java.util.Optional;

/**
 * How far one language reaches among the published offers of one building block: a current text
 * (the original, or a translation written after the source's last change), an outdated one (the
 * source changed since), or none. {@code block} is empty for the whole county.
 */
public record Coverage(Optional<BuildingBlock> block, Language language, long published, long current,
                       long outdated) {

    /** Share of published offers with a current text, 0…1; 0 when there is nothing published. */
    public double currentShare() {
        return published == 0 ? 0 : (double) current / published;
    }

    public double outdatedShare() {
        return published == 0 ? 0 : (double) outdated / published;
    }
}
