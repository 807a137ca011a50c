package de.willkommenvorort.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "provider")
public class Provider {

    public static final int NAME_MAX = 160;
    public static final int CONTACT_PERSON_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ProviderKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "contact_person", length = CONTACT_PERSON_MAX)
    private String contactPerson;

    @Column(name = "municipality_id")
    private Long municipalityId;

    /** Since when staff trust the provider: its offers go public at once and are checked afterwards. */
    @Column(name = "trusted_since")
    private Instant trustedSince;

    protected Provider() {
    }

    public Provider(String name, ProviderKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void update(String name, ProviderKind kind, String contactPerson, Long municipalityId) {
        this.name = name;
        this.kind = kind;
        this.contactPerson = contactPerson;
        this.municipalityId = municipalityId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    void trust(Instant since) {
        this.trustedSince = since;
    }

    void withdrawTrust() {
        this.trustedSince = null;
    }

    public java.util.Optional<Instant> getTrustedSince() {
        return java.util.Optional.ofNullable(trustedSince);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
