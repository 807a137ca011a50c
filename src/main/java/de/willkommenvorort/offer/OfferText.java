package de.willkommenvorort.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An offer's texts in one language. */
@Embeddable
public class OfferText {

    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TextStatus status = TextStatus.CURRENT;

    protected OfferText() {
    }

    public OfferText(String title, String summary, String description) {
        this.title = title;
        this.summary = summary;
        // The description is optional; "none" is stored as empty (the column is NOT NULL).
        this.description = description == null ? "" : description;
    }

    OfferText copy() {
        OfferText copy = new OfferText(title, summary, description);
        copy.status = status;
        return copy;
    }

    void markOutdated() {
        status = TextStatus.OUTDATED;
    }

    /** Whether the words are the same; the status does not count. */
    boolean sameWords(OfferText other) {
        return other != null && title.equals(other.title) && summary.equals(other.summary)
                && description.equals(other.description);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public TextStatus getStatus() {
        return status;
    }
}
