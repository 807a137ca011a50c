package de.willkommenvorort.category;

import de.willkommenvorort.i18n.Language;
import java.util.Map;

/**
 * What an administrator typed for a category, as typed: an empty code is made from the German
 * name, an empty order puts a new category last in its building block.
 */
public record CategoryInput(String code, BuildingBlock block, String order, Map<Language, String> names) {

    public CategoryInput {
        names = Map.copyOf(names);
    }
}
