package de.willkommenvorort.account;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.Provider;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SecureTokens;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and the links sent for them. Answers never reveal whether an address is registered:
 * registering a known address or asking to reset an unknown one looks the same to the asker.
 */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    public static final Duration VERIFY_VALID = Duration.ofHours(48);
    public static final Duration RESET_VALID = Duration.ofHours(1);


    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final AccountLinks links;
    private final ProviderService providers;
    private final MunicipalityService municipalities;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<PersonalDataSource> personalData;
    private final Clock clock;
    private final Throttle registrations;
    private final Throttle resets;

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, AccountLinks links, ProviderService providers,
                   MunicipalityService municipalities, PasswordEncoder passwords, Mailer mailer, AuditLog audit,
                   ApplicationEventPublisher events, List<PersonalDataSource> personalData, Optional<Clock> clock,
                   Throttles throttles) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.providers = providers;
        this.municipalities = municipalities;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.events = events;
        this.personalData = personalData;
        this.clock = clock.orElseGet(Clock::systemUTC);
        this.registrations = throttles.of("registration-per-address", 5, Duration.ofHours(1));
        this.resets = throttles.of("reset-per-address", 5, Duration.ofHours(1));
    }

    /**
     * Registers a provider and its first account and mails the verification link, all or nothing:
     * if the mail cannot be sent, nothing is saved. A known address gets a mail saying so instead.
     */
    public void register(Registration input, String clientAddress) {
        throttle(registrations, "ip:" + clientAddress);
        Map<String, String> own = new LinkedHashMap<>();
        String organisation = strip(input.organisation());
        if (input.kind() == null) {
            own.put("kind", "account.register.kind.required");
        } else if (input.kind() != ProviderKind.VOLUNTEER) {
            require(own, "organisation", organisation, Provider.NAME_MAX);
        }
        if (input.municipalityId() == null || municipalities.byId(input.municipalityId()).isEmpty()) {
            own.put("municipality", "account.register.municipality.required");
        }
        String name = strip(input.name());
        Optional<String> email = newAddress(name, input.email(), input.password(), input.consent(), own, clientAddress);
        if (email.isEmpty()) {
            return;
        }
        ProviderKind kind = input.kind();
        long providerId = providers.register(kind == ProviderKind.VOLUNTEER ? name : organisation, kind, name,
                input.municipalityId());
        Account account = accounts.save(new Account(email.get(), hash(input.password()), name, AppRoles.PROVIDER,
                providerId, Language.ofCode(input.language()).orElse(Language.SOURCE).code(), newPseudonym()));
        audit.record(account.getPseudonym(), "ACCOUNT_REGISTERED", "account", account.getId(), null);
        sendVerification(account);
    }

    /**
     * Registers a volunteer translator's account and mails the verification link, all or nothing.
     * Problems the caller found in its own part of the form ({@code otherProblems}, e.g. the
     * languages) are reported together with these, so the person sees everything at once. Returns
     * the new account, or nothing where the address is known (that person gets a mail saying so).
     */
    public Optional<Long> registerTranslator(TranslatorRegistration input, Map<String, String> otherProblems,
                                             String clientAddress) {
        throttle(registrations, "ip:" + clientAddress);
        String name = strip(input.name());
        Optional<String> email = newAddress(name, input.email(), input.password(), input.consent(), otherProblems,
                clientAddress);
        if (email.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.save(new Account(email.get(), hash(input.password()), name, AppRoles.TRANSLATOR,
                null, Language.ofCode(input.language()).orElse(Language.SOURCE).code(), newPseudonym()));
        audit.record(account.getPseudonym(), "ACCOUNT_REGISTERED", "account", account.getId(), AppRoles.TRANSLATOR);
        sendVerification(account);
        return Optional.of(account.getId());
    }

    /**
     * What every registration checks alike: the name, the address, the password and the consent,
     * refused together with the problems of the form's own fields ({@code own}, listed after the
     * name: the first wrong field gets the focus), so the person sees everything at once. Then the
     * attempt counts against the sender's address, and the e-mail address is returned normalised;
     * or nothing where it has an account already, whose owner gets a mail saying so.
     */
    private Optional<String> newAddress(String name, String rawEmail, String password, boolean consent,
                                        Map<String, String> own, String clientAddress) {
        String email = normalizeEmail(rawEmail);
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "name", name, Account.NAME_MAX);
        problems.putAll(own);
        checkEmail(problems, email);
        PasswordPolicy.problem(password, email, name).ifPresent(key -> problems.put("password", key));
        if (!consent) {
            problems.put("consent", "account.register.consent.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        registrations.record("ip:" + clientAddress);
        return toldKnown(email) ? Optional.empty() : Optional.of(email);
    }

    /** Whom to write to among these accounts: the verified ones, each in their language. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().filter(Account::isEmailVerified)
                .map(a -> new Recipient(a.getEmail(), language(a), a.getDisplayName())).toList();
    }

    /**
     * Creates an account whose address needs no verification: staff create it for someone (and the
     * demo county ships two). The password must meet the same policy as everyone's.
     */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public long createVerified(String rawEmail, String displayName, String role, Long providerId, String password,
                               String language) {
        String email = normalizeEmail(rawEmail);
        Map<String, String> problems = new LinkedHashMap<>();
        checkEmail(problems, email);
        require(problems, "name", strip(displayName), Account.NAME_MAX);
        PasswordPolicy.problem(password, email, displayName).ifPresent(key -> problems.put("password", key));
        if (accounts.findByEmail(email).isPresent()) {
            problems.put("email", "account.email.taken");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Account account = accounts.save(new Account(email, hash(password), strip(displayName), role, providerId,
                Language.ofCode(language).orElse(Language.SOURCE).code(), newPseudonym()));
        account.verifyEmail(clock.instant());
        audit.record(CurrentAccount.actor(), "ACCOUNT_CREATED", "account", account.getId(), role);
        return account.getId();
    }

    /** Sends a fresh verification link to an unverified account; says nothing about others. */
    public void resendVerification(String rawEmail, String clientAddress) {
        throttle(resets, "ip:" + clientAddress);
        resets.record("ip:" + clientAddress);
        accounts.findByEmail(normalizeEmail(rawEmail)).filter(a -> !a.isEmailVerified()).ifPresent(this::sendVerification);
    }

    public enum LinkResult { DONE, EXPIRED, UNKNOWN }

    public LinkResult verify(String token) {
        Optional<AccountToken> found = token(token, AccountToken.Purpose.VERIFY_EMAIL);
        if (found.isEmpty()) {
            return LinkResult.UNKNOWN;
        }
        tokens.delete(found.get());
        if (found.get().getExpiresAt().isBefore(clock.instant())) {
            return LinkResult.EXPIRED;
        }
        Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
        account.verifyEmail(clock.instant());
        audit.record(account.getPseudonym(), "EMAIL_VERIFIED", "account", account.getId(), null);
        return LinkResult.DONE;
    }

    /** Mails a reset link if the address has an account; the answer is the same either way. */
    public void requestReset(String rawEmail, String clientAddress) {
        String email = normalizeEmail(rawEmail);
        throttle(resets, "ip:" + clientAddress);
        resets.record("ip:" + clientAddress);
        if (resets.blockedUntil("email:" + email).isPresent()) {
            return;
        }
        resets.record("email:" + email);
        accounts.findByEmail(email).ifPresent(account -> {
            tokens.deleteFor(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
            String token = newToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALID);
            mailer.send(account.getEmail(), language(account), "mail.reset", account.getDisplayName(),
                    mailer.link("/account/reset/" + token), RESET_VALID.toMinutes());
        });
    }

    @Transactional(readOnly = true)
    public LinkResult checkReset(String token) {
        return token(token, AccountToken.Purpose.RESET_PASSWORD)
                .map(t -> t.getExpiresAt().isBefore(clock.instant()) ? LinkResult.EXPIRED : LinkResult.DONE)
                .orElse(LinkResult.UNKNOWN);
    }

    /**
     * Sets a new password from a reset link. The link is used up, every session of the account
     * ends, and the address counts as verified: the person just read mail sent to it.
     */
    public LinkResult resetPassword(String token, String newPassword) {
        Optional<AccountToken> found = token(token, AccountToken.Purpose.RESET_PASSWORD);
        if (found.isEmpty()) {
            return LinkResult.UNKNOWN;
        }
        if (found.get().getExpiresAt().isBefore(clock.instant())) {
            tokens.delete(found.get());
            return LinkResult.EXPIRED;
        }
        Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
        PasswordPolicy.problem(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(key -> { throw new InvalidInput(Map.of("password", key)); });
        tokens.delete(found.get());
        account.changePassword(hash(newPassword));
        account.verifyEmail(clock.instant());
        audit.record(account.getPseudonym(), "PASSWORD_RESET", "account", account.getId(), null);
        return LinkResult.DONE;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        ownAccount(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        if (currentPassword == null || !passwords.matches(PasswordPolicy.normalize(currentPassword), account.getPasswordHash())) {
            throw new InvalidInput(Map.of("current", "account.password.wrong"));
        }
        PasswordPolicy.problem(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(key -> { throw new InvalidInput(Map.of("password", key)); });
        account.changePassword(hash(newPassword));
        audit.record(account.getPseudonym(), "PASSWORD_CHANGED", "account", account.getId(), null);
    }

    /** Ends every session of the account, on every device, this one included. */
    public void endAllSessions(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.endAllSessions();
        audit.record(account.getPseudonym(), "SESSIONS_ENDED", "account", account.getId(), null);
    }

    public void updateProfile(long accountId, String displayName, String language) {
        ownAccount(accountId);
        String name = strip(displayName);
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "name", name, Account.NAME_MAX);
        if (Language.ofCode(language).isEmpty()) {
            problems.put("language", "account.profile.language.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Account account = accounts.findById(accountId).orElseThrow();
        account.changeProfile(name, language);
        audit.record(account.getPseudonym(), "PROFILE_CHANGED", "account", account.getId(), null);
    }

    /** Whom to write to about a provider's offers: its verified accounts, each in their language. */
    public record Recipient(String email, Language language, String name) {
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipientsFor(long providerId) {
        return accounts.findByProviderIdAndEmailVerifiedAtIsNotNull(providerId).stream()
                .map(a -> new Recipient(a.getEmail(), language(a), a.getDisplayName())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(long accountId) {
        return accounts.findById(accountId);
    }

    /** Everything the app keeps about the account and what it wrote, for a JSON download. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(long accountId) {
        ownAccount(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("email", account.getEmail());
        own.put("name", account.getDisplayName());
        own.put("role", account.getRole());
        own.put("language", account.getLanguage());
        own.put("pseudonym", account.getPseudonym());
        own.put("createdAt", account.getCreatedAt().toString());
        own.put("emailVerifiedAt", Optional.ofNullable(account.getEmailVerifiedAt()).map(Instant::toString).orElse(null));
        data.put("exportedAt", clock.instant().toString());
        data.put("account", own);
        if (account.getProviderId() != null) {
            providers.profile(account.getProviderId()).ifPresent(p -> {
                Map<String, Object> provider = new LinkedHashMap<>();
                provider.put("name", p.name());
                provider.put("kind", p.kind().name());
                provider.put("contactPerson", p.contactPerson());
                provider.put("municipality", p.municipalityId() == null ? null
                        : municipalities.byId(p.municipalityId()).map(m -> m.name()).orElse(null));
                provider.put("createdAt", p.createdAt().toString());
                data.put("provider", provider);
            });
            for (PersonalDataSource source : personalData) {
                Object provided = source.export(account.getProviderId());
                if (provided != null) {
                    data.put(source.section(), provided);
                }
            }
        }
        for (PersonalDataSource source : personalData) {
            Object mine = source.exportAccount(accountId);
            if (mine != null) {
                data.put(source.section(), mine);
            }
        }
        data.put("auditTrail", audit.by(account.getPseudonym()).stream().map(e -> Map.of(
                "at", e.getAt().toString(), "action", e.getAction(), "subject", e.getSubjectType()
                        + (e.getSubjectId() == null ? "" : "/" + e.getSubjectId()))).toList());
        return data;
    }

    /**
     * Deletes the account after the password was confirmed: the provider's offers are archived
     * (by the listeners of {@link AccountDeleted}), personal data removed, and the audit trail
     * keeps only the pseudonym.
     */
    public void delete(long accountId, String password) {
        ownAccount(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        if (password == null || !passwords.matches(PasswordPolicy.normalize(password), account.getPasswordHash())) {
            throw new InvalidInput(Map.of("password", "account.password.wrong"));
        }
        if (AppRoles.ADMIN.equals(account.getRole()) && account.isEmailVerified()
                && accounts.countByRoleAndEmailVerifiedAtIsNotNull(AppRoles.ADMIN) <= 1) {
            throw new InvalidInput(Map.of("password", "staff.account.last-admin"));
        }
        events.publishEvent(new AccountDeleted(account.getId(), account.getProviderId(), account.getPseudonym()));
        if (account.getProviderId() != null) {
            providers.forgetPeople(account.getProviderId(), account.getPseudonym());
        }
        audit.record(account.getPseudonym(), "ACCOUNT_DELETED", "account", account.getId(), null);
        accounts.delete(account);
    }

    /**
     * A person's data and settings are theirs alone: an account id from anywhere but the signed-in
     * person's own is refused, whatever the view passed in.
     */
    private static void ownAccount(long accountId) {
        if (CurrentAccount.get().filter(user -> user.accountId() == accountId).isEmpty()) {
            throw new AccessDeniedException("Not the signed-in account");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AccountUser loadUserByUsername(String username) throws UsernameNotFoundException {
        return accounts.findByEmail(normalizeEmail(username)).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Whether a session that began at the given epoch may go on. */
    @Transactional(readOnly = true)
    public boolean sessionValid(long accountId, int sessionEpoch) {
        return accounts.sessionEpoch(accountId).map(epoch -> epoch == sessionEpoch).orElse(false);
    }

    /** Whether the address has an account already; if so, its owner is told by mail (nobody else learns it). */
    private boolean toldKnown(String email) {
        Optional<Account> existing = accounts.findByEmail(email);
        existing.ifPresent(account -> mailer.send(account.getEmail(), language(account), "mail.exists",
                account.getDisplayName(), mailer.link("/login"), mailer.link("/account/reset")));
        return existing.isPresent();
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void sendVerification(Account account) {
        tokens.deleteFor(account.getId(), AccountToken.Purpose.VERIFY_EMAIL);
        String token = newToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_VALID);
        mailer.send(account.getEmail(), language(account), "mail.verify", account.getDisplayName(),
                mailer.link("/account/verify/" + token), VERIFY_VALID.toHours());
    }

    private String newToken(Account account, AccountToken.Purpose purpose, Duration valid) {
        return links.issue(account.getId(), purpose, valid);
    }

    private Optional<AccountToken> token(String token, AccountToken.Purpose purpose) {
        return links.find(token, purpose);
    }

    private String hash(String password) {
        return passwords.encode(PasswordPolicy.normalize(password));
    }

    private void throttle(Throttle throttle, String key) {
        throttle.blockedUntil(key).ifPresent(until -> { throw new TooManyAttempts(until); });
    }

    static void checkEmail(Map<String, String> problems, String email) {
        if (email.isEmpty()) {
            problems.put("email", "account.email.required");
        } else if (!Mailer.validAddress(email)) {
            problems.put("email", "account.email.invalid");
        }
    }

    static void require(Map<String, String> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.put(field, "form.required");
        } else if (value.length() > max) {
            problems.put(field, "form.too-long");
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static Language language(Account account) {
        return Language.ofCode(account.getLanguage()).orElse(Language.SOURCE);
    }

    static String newPseudonym() {
        return SecureTokens.randomName("p-");
    }
}
