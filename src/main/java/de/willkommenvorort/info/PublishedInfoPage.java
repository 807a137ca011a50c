package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import java.util.Optional;

/** A published info page in the language a newcomer reads it in (their own, else German). */
public record PublishedInfoPage(String slug, String title, String body, String textLanguage,
                                Optional<BuildingBlock> block) {
}
