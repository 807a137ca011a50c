package de.willkommenvorort.category;

import de.willkommenvorort.i18n.Language;
import java.util.Map;

/**
 * A category as other features see it, with its names as the county gave them. A retired
 * ({@code active == false}) category is no longer offered for new offers or to newcomers.
 */
public record CategoryRef(long id, String code, BuildingBlock buildingBlock, int sortOrder, boolean active,
                          Map<Language, String> names) {

    public CategoryRef {
        names = Map.copyOf(names);
    }

    /** The name in {@code language}, else the German one (an administrator has not translated it yet). */
    public String name(Language language) {
        String name = names.get(language);
        return name != null ? name : names.getOrDefault(Language.SOURCE, code);
    }

    /** Whether a name in {@code language} is still missing, so that it falls back to German. */
    public boolean lacksName(Language language) {
        return !names.containsKey(language);
    }
}
