package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import java.time.Instant;
import java.util.Map;

/**
 * An info page as the editor shows it: the working texts (German first), each translation's
 * status, and what the review buttons need to know.
 *
 * @param version      the version the editor loaded; every change sends it back
 * @param lastEditedBy the pseudonym of who last changed the texts (four eyes)
 */
public record InfoPageDetails(long id, long version, InfoPageForm form, InfoPageState state, boolean live,
                              boolean everPublished, String lastEditedBy, Instant updatedAt,
                              Map<Language, TranslationStatus> translations) {

    public InfoTextInput german() {
        return text(Language.SOURCE);
    }

    public InfoTextInput text(Language language) {
        return form.texts().getOrDefault(language, new InfoTextInput("", ""));
    }

    public BuildingBlock block() {
        return form.block();
    }
}
