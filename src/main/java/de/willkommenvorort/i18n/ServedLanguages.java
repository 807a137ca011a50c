package de.willkommenvorort.i18n;

import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.security.AppRoles;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.DataAccessException;
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
    private final CommittedChanges changes;
    private volatile Choice cache;

    /** The languages served and the county's second choice for some of them, as read in a generation. */
    private record Choice(Set<Language> served, Map<Language, Language> second, long generation) {
    }

    ServedLanguages(JdbcClient jdbc, CommittedChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
        LanguagePreference.servedBy(this::serves);
        ReadingOrder.secondChoiceBy(this::secondChoice);
    }

    /** The served languages in the app's order, German first. */
    public List<Language> all() {
        Set<Language> served = load().served();
        return Language.all().stream().filter(served::contains).toList();
    }

    /**
     * The served languages a page names as its alternates for search engines: one per
     * {@code hreflang}, so Easy German, which is {@code de} too, does not repeat German.
     */
    public List<Language> alternates() {
        Set<String> named = new HashSet<>();
        return all().stream().filter(language -> named.add(language.hreflang())).toList();
    }

    public boolean serves(Language language) {
        return language == Language.SOURCE || load().served().contains(language);
    }

    /**
     * The language the county shows where a text is missing in {@code language} and in those its
     * readers also read, before German (see {@link ReadingOrder}); only a served one counts.
     */
    public Optional<Language> secondChoice(Language language) {
        return Optional.ofNullable(load().second().get(language)).filter(this::serves);
    }

    /**
     * The choice as last read, read again when anything was committed since (here or on another
     * instance, see {@link CommittedChanges}). While the database is away the last choice stands.
     */
    private Choice load() {
        Choice choice = cache;
        long generation = changes.generation();
        if (choice == null || choice.generation() != generation) {
            try {
                choice = read(generation);
            } catch (DataAccessException e) {
                if (choice == null) {
                    throw e;
                }
                return choice;
            }
            cache = choice;
        }
        return choice;
    }

    private Choice read(long generation) {
        Set<Language> served = new TreeSet<>(Set.of(Language.SOURCE));
        Map<Language, Language> second = new TreeMap<>();
        List<String[]> rows = jdbc.sql("SELECT language, second_choice FROM served_language")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] row : rows) {
            Language.ofCode(row[0]).ifPresent(language -> {
                served.add(language);
                Language.ofCode(row[1]).ifPresent(chosen -> second.put(language, chosen));
            });
        }
        return new Choice(Set.copyOf(served), Map.copyOf(second), generation);
    }

    /**
     * Stores the languages served and the second choices, inside the administrator's transaction
     * that also writes the audit entry ({@code county.LanguageAdmin}); call {@link #forget()} once
     * it has completed. A second choice of a language not served, of itself or of German is left out.
     */
    @Secured("ROLE_" + AppRoles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Set<Language> languages, Map<Language, Language> secondChoices) {
        jdbc.sql("DELETE FROM served_language").update();
        for (Language language : languages) {
            Language second = secondChoices.get(language);
            boolean kept = second != null && second != language && second != Language.SOURCE
                    && languages.contains(second);
            jdbc.sql("INSERT INTO served_language (language, second_choice) VALUES (:language, :second)")
                    .param("language", language.code()).param("second", kept ? second.code() : null).update();
        }
    }

    /** The second choices as stored, for the administrators' page and the audit trail. */
    public Map<Language, Language> secondChoices() {
        return load().second();
    }

    /** Reads the served languages again on the next question, here and on every other instance. */
    public void forget() {
        cache = null;
        changes.changed();
    }
}
