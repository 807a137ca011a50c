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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A translation of an offer or an info page into one language that waits for review: open until
 * approved (then written into the public text) or refused. It names the German it was made from.
 * An info page has no summary; its body is kept as the description.
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

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "info_page_id", updatable = false)
    private Long infoPageId;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(length = 300)
    private String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    /** An offer's "what to bring"; NULL where its German has none, and for an info page. */
    @Column(name = "what_to_bring", length = 1000)
    private String whatToBring;

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

    TranslationProposal(TextRef ref, String language, Origin origin, String proposedBy, Instant proposedAt) {
        this.offerId = ref.kind() == TextRef.Kind.OFFER ? ref.id() : null;
        this.infoPageId = ref.kind() == TextRef.Kind.INFO_PAGE ? ref.id() : null;
        this.language = language;
        this.origin = origin;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** The words, and the German they were made from; a newer file replaces an open proposal's words. */
    void words(Map<String, String> words, String sourceHash, String by, Instant at) {
        this.title = words.get("title");
        this.summary = words.get("summary");
        this.description = offerId != null ? words.get("description") : words.get("body");
        String bring = offerId != null ? words.get("what-to-bring") : null;
        this.whatToBring = bring == null || bring.isBlank() ? null : bring;
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

    /** The words by field, in the order of the text's kind. */
    Map<String, String> words() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("title", title);
        if (offerId != null) {
            words.put("summary", summary);
            words.put("description", description);
            words.put("what-to-bring", whatToBring == null ? "" : whatToBring);
        } else {
            words.put("body", description);
        }
        return words;
    }

    TextRef ref() {
        return offerId != null ? TextRef.offer(offerId) : TextRef.infoPage(infoPageId);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String language() {
        return language;
    }

    Origin origin() {
        return origin;
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

    String note() {
        return note;
    }

    State state() {
        return state;
    }
}
