package de.willkommenvorort.account;

import de.willkommenvorort.security.AppRoles;
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

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

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

    /** Staff accept their invitation (or the first administrator their set-up link). */
    void acceptInvitation(String email, String displayName, String passwordHash, Instant at) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        verifyEmail(at);
    }

    void setUpSecondFactor(String secret, long usedStep, Instant at) {
        this.totpSecret = secret;
        this.totpEnabledAt = at;
        this.totpLastStep = usedStep;
    }

    /** Forgets the second factor: the person sets up a new one at the next sign-in. */
    void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        endAllSessions();
    }

    /** A code of this time step was used; codes of this and earlier steps no longer work. */
    void useStep(long step, Instant at) {
        this.totpLastStep = step;
        this.lastSignInAt = at;
    }

    void changeRole(String role) {
        this.role = role;
        endAllSessions();
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

    String getTotpSecret() {
        return totpSecret;
    }

    public boolean hasSecondFactor() {
        return totpEnabledAt != null;
    }

    long getTotpLastStep() {
        return totpLastStep == null ? -1 : totpLastStep;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** County staff: moderators and administrators, who sign in with a second factor. */
    public boolean isStaff() {
        return AppRoles.MODERATOR.equals(role) || AppRoles.ADMIN.equals(role);
    }
}
