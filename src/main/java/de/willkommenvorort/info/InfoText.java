package de.willkommenvorort.info;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An info page's title and body in one language. A translation carries the hash of the German
 * text it was made from ({@link TranslationStatus}); the German original carries none.
 */
@Embeddable
class InfoText {

    static final int TITLE_MAX = 160;
    static final int BODY_MAX = 20_000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected InfoText() {
    }

    InfoText(String title, String body, String sourceHash) {
        this.title = title;
        this.body = body;
        this.sourceHash = sourceHash;
    }

    InfoText copy() {
        return new InfoText(title, body, sourceHash);
    }

    boolean sameWords(InfoTextInput input) {
        return title.equals(input.title()) && body.equals(input.body());
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    String sourceHash() {
        return sourceHash;
    }

    String hash() {
        return TranslationStatus.sourceHash(title, body);
    }
}
