package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import java.util.Map;
import java.util.Optional;

/** One line of the staff's overview: the page, its review state and each translation's status. */
public record InfoPageSummary(long id, String slug, String germanTitle, Optional<BuildingBlock> block,
                              InfoPageState state, boolean live, Map<Language, TranslationStatus> translations) {

    /** Whether staff have something to do here: a review, or a translation to bring up to date. */
    public boolean needsAttention() {
        return state == InfoPageState.SUBMITTED
                || state != InfoPageState.ARCHIVED && translations.containsValue(TranslationStatus.OUTDATED);
    }
}
