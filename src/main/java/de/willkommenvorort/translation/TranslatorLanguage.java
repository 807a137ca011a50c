package de.willkommenvorort.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A language a translator translates into, and whether staff trust them to approve in it. */
@Entity
@Table(name = "translator_language")
class TranslatorLanguage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "trusted_at")
    private Instant trustedAt;

    @Column(name = "trusted_by", length = 24)
    private String trustedBy;

    protected TranslatorLanguage() {
    }

    TranslatorLanguage(long accountId, String language) {
        this.accountId = accountId;
        this.language = language;
    }

    void trust(String by, Instant at) {
        trustedBy = by;
        trustedAt = at;
    }

    void withdrawTrust() {
        trustedBy = null;
        trustedAt = null;
    }

    long accountId() {
        return accountId;
    }

    String language() {
        return language;
    }

    boolean trusted() {
        return trustedAt != null;
    }

    Instant trustedAt() {
        return trustedAt;
    }
}
