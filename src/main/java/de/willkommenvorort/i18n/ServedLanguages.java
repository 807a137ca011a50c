package de.willkommenvorort.i18n;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The languages this county serves, a choice of its administrators (German always): only these
 * are offered in the language picker and as text languages in the editor. Read once and kept in
 * memory; {@link LanguagePreference} asks here, so that a device whose cookie names a language no
 * longer served gets the browser's served language or German.
 */
@Service
public class ServedLanguages {

    private final JdbcClient jdbc;
    private volatile Set<Language> cache;

    ServedLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
        LanguagePreference.servedBy(this::serves);
    }

    /** The served languages in the app's order, German first. */
    public List<Language> all() {
        Set<Language> served = load();
        return List.of(Language.values()).stream().filter(served::contains).toList();
    }

    public boolean serves(Language language) {
        return language == Language.SOURCE || load().contains(language);
    }

    private Set<Language> load() {
        Set<Language> served = cache;
        if (served == null) {
            served = EnumSet.of(Language.SOURCE);
            for (String code : jdbc.sql("SELECT language FROM served_language").query(String.class).list()) {
                Language.ofCode(code).ifPresent(served::add);
            }
            cache = served;
        }
        return served;
    }

    /** Stores the languages served (German added if missing); the cache is read again afterwards. */
    void store(Set<Language> languages) {
        jdbc.sql("DELETE FROM served_language").update();
        for (Language language : languages) {
            jdbc.sql("INSERT INTO served_language (language) VALUES (:language)")
                    .param("language", language.code()).update();
        }
    }

    void forget() {
        cache = null;
    }
}
