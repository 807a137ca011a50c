package de.willkommenvorort.account;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the county's staff: invite, change a role, reset a lost second factor, end
 * someone's sessions, remove an account. Nobody acts on their own account here, and the county
 * always keeps one administrator. Each change writes one audit entry with before and after.
 */
@Service
@Transactional
@Secured("ROLE_" + AppRoles.ADMIN)
public class StaffAccounts {

    public static final Set<String> ROLES = Set.of(AppRoles.MODERATOR, AppRoles.ADMIN);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final StaffOnboarding onboarding;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, AccountService accountService, StaffOnboarding onboarding,
                  AuditLog audit, Optional<Clock> clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.onboarding = onboarding;
        this.audit = audit;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        return accounts.findByRoleInOrderByDisplayNameAscEmailAsc(ROLES).stream().map(StaffMember::of).toList();
    }

    /**
     * Invites a moderator or administrator by mail, in the language chosen for them. Inviting an
     * address again (before it was accepted) sends a new link; the old one stops working.
     */
    public void invite(String rawEmail, String role, String language) {
        String email = AccountService.normalizeEmail(rawEmail);
        Map<String, String> problems = new LinkedHashMap<>();
        AccountService.checkEmail(problems, email);
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent() && (existing.get().isEmailVerified() || !existing.get().isStaff())) {
            problems.put("email", "account.email.taken");
        }
        checkRole(problems, role);
        if (Language.ofCode(language).isEmpty()) {
            problems.put("language", "account.profile.language.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String before = existing.map(a -> "invitation: open\nrole: " + a.getRole()).orElse(null);
        Account account = existing.orElseGet(() -> accounts.save(new Account(email, onboarding.unusablePassword(), "",
                role, null, language, AccountService.newPseudonym())));
        account.changeRole(role);
        account.changeProfile(account.getDisplayName(), language);
        onboarding.sendInvitation(account);
        audit.record(CurrentAccount.actor(), "STAFF_INVITED", "account", account.getId(), null, before,
                "invitation: open\nrole: " + role);
    }

    public void changeRole(long accountId, String role) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkRole(problems, role);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Account account = other(accountId);
        String before = account.getRole();
        if (before.equals(role)) {
            return;
        }
        keepOneAdministrator(account);
        account.changeRole(role);
        audit.record(CurrentAccount.actor(), "STAFF_ROLE_CHANGED", "account", account.getId(), null,
                "role: " + before, "role: " + role);
    }

    /** Forgets the second factor; the person sets up a new one at the next sign-in. Their sessions end. */
    public void resetSecondFactor(long accountId) {
        Account account = other(accountId);
        String before = account.hasSecondFactor() ? "second factor: set up" : "second factor: none";
        account.resetSecondFactor();
        audit.record(CurrentAccount.actor(), "SECOND_FACTOR_RESET", "account", account.getId(), null, before,
                "second factor: none");
    }

    /** Ends every session of another staff member at their next request. */
    public void endSessions(long accountId) {
        Account account = other(accountId);
        int before = account.getSessionEpoch();
        account.endAllSessions();
        audit.record(CurrentAccount.actor(), "STAFF_SESSIONS_ENDED", "account", account.getId(), null,
                "session epoch: " + before, "session epoch: " + account.getSessionEpoch());
    }

    public void remove(long accountId) {
        Account account = other(accountId);
        keepOneAdministrator(account);
        audit.record(CurrentAccount.actor(), "STAFF_REMOVED", "account", account.getId(), null,
                "role: " + account.getRole(), "account: removed");
        accounts.delete(account);
    }

    /**
     * A staff account with a fixed second-factor secret, ready to sign in: the demo county's staff
     * (whose secrets are published so anyone can try them) and tests. Never for real staff.
     */
    public long createWithSecondFactor(String email, String name, String role, String password, String language,
                                       String secret) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkRole(problems, role);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = accountService.createVerified(email, name, role, null, password, language);
        accounts.findById(id).orElseThrow().setUpSecondFactor(secret, -1, clock.instant());
        return id;
    }

    /** A staff account other than the acting administrator's own. */
    private Account other(long accountId) {
        if (CurrentAccount.get().map(u -> u.accountId() == accountId).orElse(false)) {
            throw new InvalidInput(Map.of("account", "staff.account.not-yourself"));
        }
        return accounts.findById(accountId).filter(Account::isStaff)
                .orElseThrow(() -> new InvalidInput(Map.of("account", "staff.account.gone")));
    }

    private void keepOneAdministrator(Account account) {
        if (AppRoles.ADMIN.equals(account.getRole()) && account.isEmailVerified()
                && accounts.countByRoleAndEmailVerifiedAtIsNotNull(AppRoles.ADMIN) <= 1) {
            throw new InvalidInput(Map.of("account", "staff.account.last-admin"));
        }
    }

    private static void checkRole(Map<String, String> problems, String role) {
        if (role == null || !ROLES.contains(role)) {
            problems.put("role", "staff.account.role.required");
        }
    }
}
