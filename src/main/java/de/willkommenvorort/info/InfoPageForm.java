package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import java.util.Map;

/**
 * What the editor sends: the page's address, where it belongs, its place in the lists and its
 * texts per language (German is the original).
 *
 * @param block the building block whose results link to the page, or {@code null} for none
 */
public record InfoPageForm(String slug, BuildingBlock block, int sortOrder, Map<Language, InfoTextInput> texts) {

    public static final int SLUG_MAX = 80;
    public static final int ORDER_MAX = 999;

    public InfoPageForm {
        slug = slug == null ? "" : slug.strip();
        texts = Map.copyOf(texts);
    }
}
