package de.willkommenvorort.account;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff accounts come to be without any default password: at start, if no administrator
 * exists, a one-time set-up link is mailed to {@code WVO_ADMIN_EMAIL} or, without one, printed to
 * the log; administrators invite everyone else. A link opens a page where the person chooses name
 * and password, and then sets up the second factor at the first sign-in.
 */
@Service
@Transactional
public class StaffOnboarding {

    public static final Duration FIRST_ADMIN_VALID = Duration.ofHours(24);
    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final String ROUTE = "setup";

    private static final Logger log = LoggerFactory.getLogger(StaffOnboarding.class);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final AccountLinks links;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final String adminEmail;
    private final String adminName;

    StaffOnboarding(AccountRepository accounts, AccountTokenRepository tokens, AccountLinks links,
                    PasswordEncoder passwords, Mailer mailer, AuditLog audit, Optional<Clock> clock,
                    @Value("${wvo.admin.email:}") String adminEmail, @Value("${wvo.admin.name:}") String adminName) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock.orElseGet(Clock::systemUTC);
        this.adminEmail = AccountService.normalizeEmail(adminEmail);
        this.adminName = AccountService.strip(adminName);
    }

    /** After start (and after the demo county, which brings its own administrator). */
    @EventListener(ApplicationReadyEvent.class)
    void ensureAdministrator() {
        if (accounts.countByRoleAndEmailVerifiedAtIsNotNull(AppRoles.ADMIN) == 0) {
            issueFirstAdminLink();
        }
    }

    /**
     * A new set-up link for the first administrator, replacing any earlier one: mailed when the
     * address is configured, else printed to the log. Returns the link.
     */
    String issueFirstAdminLink() {
        if (adminEmail.isEmpty()) {
            tokens.deleteUnowned(AccountToken.Purpose.FIRST_ADMIN);
            String link = mailer.link("/" + ROUTE + "/" + links.issue(null, AccountToken.Purpose.FIRST_ADMIN,
                    FIRST_ADMIN_VALID));
            log.warn("No administrator yet. Open this one-time link within {} hours to set up the first one: {}",
                    FIRST_ADMIN_VALID.toHours(), link);
            return link;
        }
        if (!Mailer.validAddress(adminEmail)) {
            throw new IllegalStateException("WVO_ADMIN_EMAIL is not an e-mail address");
        }
        Account account = accounts.findByEmail(adminEmail).orElseGet(() -> accounts.save(new Account(adminEmail,
                unusablePassword(), adminName.isEmpty() ? adminEmail : adminName, AppRoles.ADMIN, null,
                Language.SOURCE.code(), AccountService.newPseudonym())));
        if (!AppRoles.ADMIN.equals(account.getRole()) || account.isEmailVerified()) {
            throw new IllegalStateException("WVO_ADMIN_EMAIL belongs to another account");
        }
        tokens.deleteFor(account.getId(), AccountToken.Purpose.FIRST_ADMIN);
        String link = mailer.link("/" + ROUTE + "/" + links.issue(account.getId(), AccountToken.Purpose.FIRST_ADMIN,
                FIRST_ADMIN_VALID));
        audit.record(AuditLog.SYSTEM, "FIRST_ADMIN_INVITED", "account", account.getId(), null, null,
                "role: " + AppRoles.ADMIN);
        try {
            mailer.send(account.getEmail(), Language.SOURCE, "mail.staff.setup", account.getDisplayName(), link,
                    FIRST_ADMIN_VALID.toHours());
            log.warn("No administrator yet. A set-up link was mailed to the address in WVO_ADMIN_EMAIL.");
        } catch (MailException e) {
            // The operator reads the log; a county without working mail still gets its administrator.
            log.warn("No administrator yet, and the set-up mail failed ({}). Open this one-time link within {} hours: {}",
                    e.getClass().getSimpleName(), FIRST_ADMIN_VALID.toHours(), link);
        }
        return link;
    }

    /** Mails an invitation link to a new (or still invited) staff account, replacing an earlier one. */
    void sendInvitation(Account account) {
        tokens.deleteFor(account.getId(), AccountToken.Purpose.STAFF_INVITE);
        String link = mailer.link("/" + ROUTE + "/" + links.issue(account.getId(), AccountToken.Purpose.STAFF_INVITE,
                INVITATION_VALID));
        mailer.send(account.getEmail(), AccountService.language(account), "mail.staff.invite", link,
                INVITATION_VALID.toDays(), account.getRole());
    }

    /** A password nobody knows, for an account whose owner has not chosen one yet. */
    String unusablePassword() {
        return passwords.encode(SecureTokens.newToken());
    }

    @Transactional(readOnly = true)
    public SetUpLink check(String token) {
        Optional<AccountToken> found = find(token);
        if (found.isEmpty()) {
            return new SetUpLink(AccountService.LinkResult.UNKNOWN, Optional.empty(), AppRoles.ADMIN);
        }
        if (links.expired(found.get())) {
            return new SetUpLink(AccountService.LinkResult.EXPIRED, Optional.empty(), AppRoles.ADMIN);
        }
        Optional<Account> account = Optional.ofNullable(found.get().getAccountId()).flatMap(accounts::findById);
        return new SetUpLink(AccountService.LinkResult.DONE, account.map(Account::getEmail),
                account.map(Account::getRole).orElse(AppRoles.ADMIN));
    }

    /**
     * Completes the account from a set-up link: address (only if the link has none), name and
     * password. The link is used up; the person signs in next and sets up the second factor.
     */
    public AccountService.LinkResult accept(String token, String rawEmail, String rawName, String password,
                                            String language) {
        Optional<AccountToken> found = find(token);
        if (found.isEmpty()) {
            return AccountService.LinkResult.UNKNOWN;
        }
        if (links.expired(found.get())) {
            tokens.delete(found.get());
            return AccountService.LinkResult.EXPIRED;
        }
        Optional<Account> existing = Optional.ofNullable(found.get().getAccountId()).flatMap(accounts::findById);
        String email = existing.map(Account::getEmail).orElse(AccountService.normalizeEmail(rawEmail));
        String name = AccountService.strip(rawName);
        Map<String, String> problems = new LinkedHashMap<>();
        if (existing.isEmpty()) {
            AccountService.checkEmail(problems, email);
            if (accounts.findByEmail(email).isPresent()) {
                problems.put("email", "account.email.taken");
            }
        }
        AccountService.require(problems, "name", name, Account.NAME_MAX);
        PasswordPolicy.problem(password, email, name).ifPresent(key -> problems.put("password", key));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Account account = existing.orElseGet(() -> accounts.save(new Account(email, unusablePassword(), name,
                AppRoles.ADMIN, null, Language.ofCode(language).orElse(Language.SOURCE).code(),
                AccountService.newPseudonym())));
        account.acceptInvitation(email, name, passwords.encode(PasswordPolicy.normalize(password)), clock.instant());
        tokens.delete(found.get());
        audit.record(account.getPseudonym(), "STAFF_ACCOUNT_SET_UP", "account", account.getId(), null,
                "account: invited", "account: active\nrole: " + account.getRole());
        return AccountService.LinkResult.DONE;
    }

    private Optional<AccountToken> find(String token) {
        return links.find(token, AccountToken.Purpose.STAFF_INVITE)
                .or(() -> links.find(token, AccountToken.Purpose.FIRST_ADMIN));
    }
}
