package de.willkommenvorort.account;

import de.willkommenvorort.database.NeverPublic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link sent by mail; stored as the SHA-256 of its secret, deleted when used. */
@Entity
@NeverPublic
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD,
        /** The first administrator's set-up link; without an account when no address was given. */
        FIRST_ADMIN,
        /** An administrator's invitation of a moderator or administrator. */
        STAFF_INVITE
    }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, Long accountId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    Long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
