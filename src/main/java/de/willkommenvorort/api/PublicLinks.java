package de.willkommenvorort.api;

import de.willkommenvorort.base.PublicAddress;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import org.springframework.stereotype.Component;

/**
 * The newcomer page another site links to, in the language it asked for: the JSON API, the
 * calendar feed and the HSDS export point at the same addresses.
 */
@Component
class PublicLinks {

    private final PublicAddress address;

    PublicLinks(PublicAddress address) {
        this.address = address;
    }

    /** The page at {@code path}, opening in {@code language} (German needs no parameter). */
    String page(String path, Language language) {
        String page = address.of(path);
        return language == Language.SOURCE ? page : page + "?" + LanguagePreference.LINK_PARAMETER + "=" + language.code();
    }

    String offer(long id, Language language) {
        return page("offer/" + id, language);
    }
}
