package de.willkommenvorort.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link sent by mail; stored as the SHA-256 of its secret, deleted when used. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, long accountId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
