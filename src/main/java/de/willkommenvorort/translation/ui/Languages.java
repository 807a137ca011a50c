package de.willkommenvorort.translation.ui;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;

/** A language as a translator picks it: its name in the page's language and, where that differs, its own. */
final class Languages {

    private Languages() {
    }

    static String label(Language language, Language ui) {
        String name = LocalFormats.languageName(language.code(), ui);
        return name.equals(language.ownName()) ? name : name + " · " + language.ownName();
    }
}
