package de.willkommenvorort.county;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators choose which languages the county serves. German is always served: it is the
 * language of the offers' originals and of the county's staff. One audit entry per change.
 */
@Service
@Secured("ROLE_" + AppRoles.ADMIN)
@Transactional
public class LanguageAdmin {

    private final ServedLanguages served;
    private final AuditLog audit;

    LanguageAdmin(ServedLanguages served, AuditLog audit) {
        this.served = served;
        this.audit = audit;
    }

    /** Serves exactly {@code languages} (and German), keeping the second choices; does nothing if that is already so. */
    public void serve(Set<Language> languages) {
        serve(languages, served.secondChoices());
    }

    /**
     * Serves exactly {@code languages} (and German), each with the county's second choice where
     * {@code secondChoices} names one (Tigrinya: English); does nothing if that is already so.
     */
    public void serve(Set<Language> languages, Map<Language, Language> secondChoices) {
        Set<Language> wanted = new TreeSet<>(languages);
        wanted.add(Language.SOURCE);
        Map<Language, Language> second = new TreeMap<>();
        secondChoices.forEach((language, choice) -> {
            if (wanted.contains(language) && wanted.contains(choice) && choice != language && choice != Language.SOURCE) {
                second.put(language, choice);
            }
        });
        Set<Language> before = new TreeSet<>(served.all());
        Map<Language, Language> secondBefore = new TreeMap<>(served.secondChoices());
        if (before.equals(wanted) && secondBefore.equals(second)) {
            return;
        }
        served.store(wanted, second);
        audit.record(Actor.current(), "SERVED_LANGUAGES_CHANGED", "served_language", null, null,
                codes(before, secondBefore), codes(wanted, second));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                served.forget();
            }
        });
    }

    private static String codes(Set<Language> languages, Map<Language, Language> second) {
        return "languages: " + languages.stream().map(Language::code).collect(Collectors.joining(", "))
                + (second.isEmpty() ? "" : "\nsecond choices: " + second.entrySet().stream()
                        .map(e -> e.getKey().code() + " → " + e.getValue().code()).collect(Collectors.joining(", ")));
    }
}
