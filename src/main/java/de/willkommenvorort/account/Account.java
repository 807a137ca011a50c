package de.willkommenvorort.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in: a volunteer, someone for an organisation, or county staff. */
@Entity
@Table(name = "account")
public class Account {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 24, updatable = false)
    private String pseudonym;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Account() {
    }

    Account(String email, String passwordHash, String displayName, String role, Long providerId, String language,
            String pseudonym) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.providerId = providerId;
        this.language = language;
        this.pseudonym = pseudonym;
    }

    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        endAllSessions();
    }

    void endAllSessions() {
        sessionEpoch++;
    }

    void changeProfile(String displayName, String language) {
        this.displayName = displayName;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getLanguage() {
        return language;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
