package de.willkommenvorort.account;

import de.willkommenvorort.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a staff sign-in: checks a code from the authenticator app against the
 * account's secret (or, at set-up, against the secret just shown) and uses up its time step.
 * Called only for a {@link PendingSignIn}, i.e. after the right password.
 */
@Service
@Transactional
public class SecondFactor {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactor(AccountRepository accounts, AuditLog audit, Optional<Clock> clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    /** The signed-in person with all their roles, if the code is right and unused. */
    Optional<AccountUser> verify(PendingSignIn pending, String code) {
        Account account = accounts.findById(pending.accountId()).filter(Account::hasSecondFactor).orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now, account.getTotpLastStep());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.useStep(step.getAsLong(), now);
        return Optional.of(new AccountUser(account));
    }

    /** Keeps the secret shown at set-up if the code from the app matches it; signs the person in. */
    Optional<AccountUser> confirmSetUp(PendingSignIn pending, String secret, String code) {
        Account account = accounts.findById(pending.accountId()).filter(a -> !a.hasSecondFactor()).orElse(null);
        if (account == null || secret == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, -1);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.setUpSecondFactor(secret, step.getAsLong(), now);
        account.useStep(step.getAsLong(), now);
        audit.record(account.getPseudonym(), "SECOND_FACTOR_SET_UP", "account", account.getId(), null,
                "second factor: none", "second factor: authenticator app");
        return Optional.of(new AccountUser(account));
    }
}
