package de.willkommenvorort.translation;

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
 * A translation of an offer into one language that waits for staff: open until approved (then
 * written into the offer) or refused. It names the German it was made from.
 */
@Entity
@Table(name = "translation_proposal")
class TranslationProposal {

    enum State { OPEN, APPROVED, REFUSED }

    enum Origin { XLIFF, TRANSLATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Origin origin;

    @Column(name = "proposed_by", nullable = false, length = 24)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.OPEN;

    @Column(name = "decided_by", length = 24)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String note;

    protected TranslationProposal() {
    }

    TranslationProposal(long offerId, String language, Origin origin, String proposedBy, Instant proposedAt) {
        this.offerId = offerId;
        this.language = language;
        this.origin = origin;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** The words, and the German they were made from; a newer file replaces an open proposal's words. */
    void words(String title, String summary, String description, String sourceHash, String by, Instant at) {
        this.title = title;
        this.summary = summary;
        this.description = description;
        this.sourceHash = sourceHash;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    void decide(State decision, String by, Instant at, String note) {
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    boolean sameWords(String title, String summary, String description) {
        return this.title.equals(title) && this.summary.equals(summary) && this.description.equals(description);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long offerId() {
        return offerId;
    }

    String language() {
        return language;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String description() {
        return description;
    }

    String sourceHash() {
        return sourceHash;
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    State state() {
        return state;
    }
}
