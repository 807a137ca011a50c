package de.willkommenvorort.account;

import de.willkommenvorort.security.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the session keeps it. The session epoch ends the session when the
 * account's epoch moves on (logout everywhere, password reset, deletion).
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Actor {

    private final long accountId;
    private final Long providerId;
    private final String email;
    private final String role;
    private final boolean verified;
    private final int sessionEpoch;
    private final String pseudonym;
    private final boolean staff;
    private final boolean secondFactor;
    private String passwordHash;

    AccountUser(Account account) {
        this.accountId = account.getId();
        this.providerId = account.getProviderId();
        this.email = account.getEmail();
        this.role = account.getRole();
        this.verified = account.isEmailVerified();
        this.sessionEpoch = account.getSessionEpoch();
        this.pseudonym = account.getPseudonym();
        this.staff = account.isStaff();
        this.secondFactor = account.hasSecondFactor();
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    /** The provider the person acts for; empty for county staff. */
    public Long providerId() {
        return providerId;
    }

    /** The name the audit trail knows the person by. */
    @Override
    public String pseudonym() {
        return pseudonym;
    }

    public String role() {
        return role;
    }

    /** County staff, who need a second factor to sign in. */
    public boolean staff() {
        return staff;
    }

    /** Whether the second factor was set up when the person signed in. */
    boolean secondFactor() {
        return secondFactor;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
