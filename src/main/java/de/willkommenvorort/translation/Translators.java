package de.willkommenvorort.translation;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.account.TranslatorRegistration;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer translators: they register like providers and name the languages they translate
 * into; staff trust a translator with a language, which lets them approve other people's
 * translations in it. Everything staff decide here is in the audit log.
 */
@Service
@Transactional
public class Translators {

    private final TranslatorLanguages languages;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    Translators(TranslatorLanguages languages, AccountService accounts, AuditLog audit, Clock clock) {
        this.languages = languages;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a volunteer types to register as a translator. */
    public record SignUp(String name, String email, String password, String uiLanguage, boolean consent,
                         Set<String> languages) {
    }

    /** A translator as staff see them, with each language and whether they are trusted in it. */
    public record Translator(long accountId, String name, String email, boolean verified, String pseudonym,
                             Map<Language, Boolean> languages) {
    }

    /**
     * Registers a translator: the account (mailed a verification link) and the languages, all or
     * nothing. A known address gets a mail instead, and nothing is saved.
     */
    public void register(SignUp input, String clientAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> chosen = input.languages() == null ? Set.of() : input.languages();
        if (chosen.isEmpty() || chosen.stream().anyMatch(code -> Language.ofCode(code).filter(l -> l != Language.SOURCE).isEmpty())) {
            problems.put("languages", "translator.languages.required");
        }
        Optional<Long> account = accounts.registerTranslator(new TranslatorRegistration(input.name(), input.email(),
                input.password(), input.uiLanguage(), input.consent()), problems, clientAddress);
        account.ifPresent(id -> new TreeSet<>(chosen).forEach(code -> languages.save(new TranslatorLanguage(id, code))));
    }

    /** The signed-in translator's languages, and whether they are trusted in each. */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + AppRoles.TRANSLATOR)
    public Map<Language, Boolean> mine() {
        return of(CurrentAccount.require().accountId());
    }

    /**
     * Creates a translator whose address needs no verification, with their languages and the ones
     * they are trusted in: an administrator for someone, or the demo county.
     */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public long createVerified(String email, String name, String password, String uiLanguage, Set<String> translates,
                               Set<String> trusted) {
        long id = accounts.createVerified(email, name, AppRoles.TRANSLATOR, null, password, uiLanguage);
        for (String code : new TreeSet<>(translates)) {
            TranslatorLanguage row = new TranslatorLanguage(id, Language.get(code).code());
            if (trusted.contains(code)) {
                row.trust(CurrentAccount.actor(), clock.instant());
            }
            languages.save(row);
        }
        return id;
    }

    /** Changes the signed-in translator's languages; trust in a language they keep stays. */
    @Secured("ROLE_" + AppRoles.TRANSLATOR)
    public void changeMine(Set<String> chosen) {
        if (chosen == null || chosen.isEmpty()
                || chosen.stream().anyMatch(code -> Language.ofCode(code).filter(l -> l != Language.SOURCE).isEmpty())) {
            throw new InvalidInput(Map.of("languages", "translator.languages.required"));
        }
        AccountUser me = CurrentAccount.require();
        List<TranslatorLanguage> now = languages.findByAccountIdOrderByLanguage(me.accountId());
        now.stream().filter(l -> !chosen.contains(l.language())).forEach(languages::delete);
        Set<String> kept = new TreeSet<>();
        now.forEach(l -> kept.add(l.language()));
        new TreeSet<>(chosen).stream().filter(code -> !kept.contains(code))
                .forEach(code -> languages.save(new TranslatorLanguage(me.accountId(), code)));
        audit.record(me.pseudonym(), "TRANSLATOR_LANGUAGES", "account", me.accountId(), String.join(", ", new TreeSet<>(chosen)));
    }

    /** Whether the signed-in person may translate into {@code language}: staff always, a translator in their languages. */
    @Transactional(readOnly = true)
    boolean mayTranslate(String language) {
        return staff() || CurrentAccount.get().filter(me -> AppRoles.TRANSLATOR.equals(me.role()))
                .flatMap(me -> languages.findByAccountIdAndLanguage(me.accountId(), language)).isPresent();
    }

    /** Whether the signed-in person may approve a translation into {@code language}: staff, or a translator trusted in it. */
    @Transactional(readOnly = true)
    boolean mayApprove(String language) {
        return staff() || CurrentAccount.get().filter(me -> AppRoles.TRANSLATOR.equals(me.role()))
                .flatMap(me -> languages.findByAccountIdAndLanguage(me.accountId(), language))
                .filter(TranslatorLanguage::trusted).isPresent();
    }

    /** County staff, or the system acting with their rights (the demo loader). */
    static boolean staff() {
        return AppRoles.actingAs(AppRoles.MODERATOR, AppRoles.ADMIN);
    }

    /** The languages the signed-in translator is trusted in (none for staff, who may approve in all). */
    @Transactional(readOnly = true)
    Set<String> trustedLanguages() {
        Set<String> trusted = new TreeSet<>();
        languages.findByAccountIdOrderByLanguage(CurrentAccount.require().accountId()).stream()
                .filter(TranslatorLanguage::trusted).forEach(l -> trusted.add(l.language()));
        return trusted;
    }

    /** The accounts that translate into {@code language}. */
    @Transactional(readOnly = true)
    List<Long> translatingInto(String language) {
        return languages.findByLanguage(language).stream().map(TranslatorLanguage::accountId).toList();
    }

    @Transactional(readOnly = true)
    @Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
    public List<Translator> all() {
        Map<Long, Map<Language, Boolean>> byAccount = new LinkedHashMap<>();
        for (TranslatorLanguage l : languages.findAllByOrderByAccountIdAscLanguageAsc()) {
            Language.ofCode(l.language()).ifPresent(language -> byAccount
                    .computeIfAbsent(l.accountId(), k -> new LinkedHashMap<>()).put(language, l.trusted()));
        }
        List<Translator> all = new ArrayList<>();
        byAccount.forEach((id, langs) -> accounts.account(id).ifPresent(a -> all.add(new Translator(id,
                a.getDisplayName(), a.getEmail(), a.isEmailVerified(), a.getPseudonym(), langs))));
        return all;
    }

    /** How many translators translate into {@code language}. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
    public int countFor(String language) {
        return languages.findByLanguage(language).size();
    }

    /** Trusts a translator with a language, or withdraws that trust. */
    @Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
    public void trust(long accountId, String language, boolean trusted) {
        TranslatorLanguage row = languages.findByAccountIdAndLanguage(accountId, language)
                .orElseThrow(() -> new IllegalArgumentException("Account " + accountId + " does not translate " + language));
        if (row.trusted() == trusted) {
            return;
        }
        if (trusted) {
            row.trust(CurrentAccount.actor(), clock.instant());
        } else {
            row.withdrawTrust();
        }
        audit.record(CurrentAccount.actor(), trusted ? "TRANSLATOR_TRUSTED" : "TRANSLATOR_TRUST_WITHDRAWN", "account",
                accountId, language);
    }

    private Map<Language, Boolean> of(long accountId) {
        Map<Language, Boolean> mine = new LinkedHashMap<>();
        languages.findByAccountIdOrderByLanguage(accountId).forEach(l -> Language.ofCode(l.language())
                .ifPresent(language -> mine.put(language, l.trusted())));
        return mine;
    }
}
