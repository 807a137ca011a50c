package de.willkommenvorort.county;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.util.Set;
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

    /** Serves exactly {@code languages} (and German); does nothing if that is already so. */
    public void serve(Set<Language> languages) {
        Set<Language> wanted = languages.isEmpty() ? new TreeSet<>() : new TreeSet<>(languages);
        wanted.add(Language.SOURCE);
        Set<Language> before = new TreeSet<>(served.all());
        if (before.equals(wanted)) {
            return;
        }
        served.store(wanted);
        audit.record(Actor.current(), "SERVED_LANGUAGES_CHANGED", "served_language", null, null,
                codes(before), codes(wanted));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                served.forget();
            }
        });
    }

    private static String codes(Set<Language> languages) {
        return "languages: " + languages.stream().map(Language::code).collect(Collectors.joining(", "));
    }
}
