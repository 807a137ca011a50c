package de.willkommenvorort.report;

import de.willkommenvorort.database.NeverPublic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A newcomer's report on an offer. It holds what they said, in which language, and when; nothing
 * about who they are. Staff resolve it once, with a note; the version guards against two staff
 * resolving it at the same moment.
 */
@Entity
@NeverPublic
@Table(name = "offer_report")
class OfferReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportKind kind;

    @Column(length = NewcomerReports.MESSAGE_MAX, updatable = false)
    private String message;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 24)
    private String resolvedBy;

    @Column(name = "resolution_note", length = Reports.NOTE_MAX)
    private String resolutionNote;

    protected OfferReport() {
    }

    OfferReport(long offerId, ReportKind kind, String message, String language, Instant createdAt) {
        this.offerId = offerId;
        this.kind = kind;
        this.message = message;
        this.language = language;
        this.createdAt = createdAt;
    }

    void resolve(Instant at, String by, String note) {
        this.resolvedAt = at;
        this.resolvedBy = by;
        this.resolutionNote = note;
    }

    Long getId() {
        return id;
    }

    long getOfferId() {
        return offerId;
    }

    ReportKind getKind() {
        return kind;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getResolvedBy() {
        return resolvedBy;
    }
}
