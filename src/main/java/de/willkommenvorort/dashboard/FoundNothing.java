package de.willkommenvorort.dashboard;

import de.willkommenvorort.category.BuildingBlock;
import java.util.List;
import java.util.Optional;

/**
 * Searches that found nothing, grouped by building block × municipality × language. Only groups of
 * at least {@link #K} searches are shown; all smaller groups are summed into {@code smallerGroups}
 * without any breakdown (k-anonymity: a rare combination, e.g. one family speaking Tigrinya in a
 * small village, must not be recognisable).
 */
public record FoundNothing(SearchPeriod period, List<Group> groups, long smallerGroups) {

    public static final int K = 5;

    public FoundNothing {
        groups = List.copyOf(groups);
    }

    /**
     * One shown group. An empty block or municipality means the newcomer searched without choosing
     * one; {@code language} is the UI language's code.
     */
    public record Group(Optional<BuildingBlock> block, Optional<String> municipality, String language, long searches) {
    }
}
