package de.willkommenvorort.account;

import de.willkommenvorort.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and finds the one-time links sent by mail or printed to the log; only hashes are stored. */
@Component
class AccountLinks {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountLinks(AccountTokenRepository tokens, Optional<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    /** A new link secret for the account (or none, for the first administrator's set-up). */
    String issue(Long accountId, AccountToken.Purpose purpose, Duration valid) {
        String token = SecureTokens.newToken();
        tokens.save(new AccountToken(SecureTokens.sha256(token), accountId, purpose, clock.instant().plus(valid)));
        return token;
    }

    Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (!SecureTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findById(SecureTokens.sha256(token)).filter(t -> t.getPurpose() == purpose);
    }

    boolean expired(AccountToken token) {
        return token.getExpiresAt().isBefore(clock.instant());
    }
}
