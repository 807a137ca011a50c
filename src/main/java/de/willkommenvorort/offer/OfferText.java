package de.willkommenvorort.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An offer's texts in one language. */
@Embeddable
public class OfferText {

    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    /** Papers, letters, copies: a list, not a second description. */
    public static final int WHAT_TO_BRING_MAX = 1000;

    /**
     * The words of a text, in the editor's order: the editor's label, and the name audit lines
     * use ("what-to-bring de: …"), which is stable and not translated.
     */
    public enum Part {
        TITLE("title", "editor.text.title", OfferText::getTitle),
        SUMMARY("summary", "editor.text.summary", OfferText::getSummary),
        DESCRIPTION("description", "editor.text.description", OfferText::getDescription),
        WHAT_TO_BRING("what-to-bring", "editor.text.what-to-bring", OfferText::getWhatToBring);

        private final String auditName;
        private final String labelKey;
        private final Function<OfferText, String> words;

        Part(String auditName, String labelKey, Function<OfferText, String> words) {
            this.auditName = auditName;
            this.labelKey = labelKey;
            this.words = words;
        }

        public String labelKey() {
            return labelKey;
        }

        /** This part's words in {@code text}; empty where an optional part was left out. */
        public String of(OfferText text) {
            return words.apply(text);
        }
    }

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    /** Optional; none is stored as NULL (the column came later, V24) and read as empty. */
    @Column(name = "what_to_bring", length = WHAT_TO_BRING_MAX)
    private String whatToBring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TextStatus status = TextStatus.CURRENT;

    protected OfferText() {
    }

    public OfferText(String title, String summary, String description) {
        this(title, summary, description, null);
    }

    public OfferText(String title, String summary, String description, String whatToBring) {
        this.title = title;
        this.summary = summary;
        // The description is optional; "none" is stored as empty (the column is NOT NULL).
        this.description = description == null ? "" : description;
        this.whatToBring = whatToBring == null || whatToBring.isBlank() ? null : whatToBring;
    }

    OfferText copy() {
        OfferText copy = new OfferText(title, summary, description, whatToBring);
        copy.status = status;
        return copy;
    }

    void markOutdated() {
        status = TextStatus.OUTDATED;
    }

    /**
     * The words as audit lines ("title de: …"): the parts that differ from {@code other}, or, with
     * no other, every part but an empty "what to bring" (older entries never had one).
     */
    String auditLines(String language, OfferText other) {
        List<String> lines = new ArrayList<>();
        for (Part part : Part.values()) {
            String words = part.of(this);
            if (other == null ? part != Part.WHAT_TO_BRING || !words.isEmpty() : !words.equals(part.of(other))) {
                lines.add(part.auditName + " " + language + ": " + words);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether the words are the same; the status does not count. */
    boolean sameWords(OfferText other) {
        return other != null && title.equals(other.title) && summary.equals(other.summary)
                && description.equals(other.description) && getWhatToBring().equals(other.getWhatToBring());
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

    /** What a newcomer should bring along; empty when the provider wrote nothing. */
    public String getWhatToBring() {
        return whatToBring == null ? "" : whatToBring;
    }

    public TextStatus getStatus() {
        return status;
    }
}
