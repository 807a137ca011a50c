package de.willkommenvorort.i18n;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import de.willkommenvorort.security.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * The served languages a page names as its alternates for search engines: one per
     * {@code hreflang}, so Easy German, which is {@code de} too, does not repeat German.
     */
    public List<Language> alternates() {
        Set<String> named = new java.util.HashSet<>();
        return all().stream().filter(language -> named.add(language.hreflang())).toList();
    }

    public boolean serves(Language language) {
        return language == Language.SOURCE || load().contains(language);
    }

    private Set<Language> load() {
        Set<Language> served = cache;
        if (served == null) {
            served = new TreeSet<>(Set.of(Language.SOURCE));
            for (String code : jdbc.sql("SELECT language FROM served_language").query(String.class).list()) {
                Language.ofCode(code).ifPresent(served::add);
            }
            cache = served;
        }
        return served;
    }

    /**
     * Stores the languages served, inside the administrator's transaction that also writes the
     * audit entry ({@code county.LanguageAdmin}); call {@link #forget()} once it has completed.
     */
    @Secured("ROLE_" + AppRoles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Set<Language> languages) {
        jdbc.sql("DELETE FROM served_language").update();
        for (Language language : languages) {
            jdbc.sql("INSERT INTO served_language (language) VALUES (:language)")
                    .param("language", language.code()).update();
        }
    }

    /** Reads the served languages again on the next question. */
    public void forget() {
        cache = null;
    }
}
