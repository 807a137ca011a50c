package de.willkommenvorort.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Staff asking for a text in a language: it goes to the top of that language's queue until a
 * translation of it is approved.
 */
@Entity
@Table(name = "translation_request")
class TranslationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "info_page_id", updatable = false)
    private Long infoPageId;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(length = 300, updatable = false)
    private String note;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 24)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected TranslationRequest() {
    }

    TranslationRequest(TextRef ref, String language, String note, String by, Instant at) {
        this.offerId = ref.kind() == TextRef.Kind.OFFER ? ref.id() : null;
        this.infoPageId = ref.kind() == TextRef.Kind.INFO_PAGE ? ref.id() : null;
        this.language = language;
        this.note = note;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    void done(Instant at) {
        doneAt = at;
    }

    TextRef ref() {
        return offerId != null ? TextRef.offer(offerId) : TextRef.infoPage(infoPageId);
    }

    String language() {
        return language;
    }

    String note() {
        return note;
    }

    Instant requestedAt() {
        return requestedAt;
    }
}
