package de.willkommenvorort.account;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password of a staff account was right; the sign-in goes on at the code page. An account
 * status exception, so that no other authentication provider is asked after it.
 */
final class SecondFactorRequired extends AccountStatusException {

    private final transient AccountUser user;

    SecondFactorRequired(AccountUser user) {
        super("Second factor required");
        this.user = user;
    }

    AccountUser user() {
        return user;
    }
}
