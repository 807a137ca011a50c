package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A guidance page of the county. It holds two sets of texts: the working texts staff edit and
 * review, and the published texts newcomers read. Approving copies the one onto the other, so a
 * change to a live page stays invisible until a second person approved it (decision 016).
 */
@Entity
@Table(name = "info_page")
class InfoPage {

    static final String GERMAN = Language.SOURCE.code();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = InfoPageForm.SLUG_MAX)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "building_block", length = 20)
    private BuildingBlock block;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private InfoPageState state = InfoPageState.DRAFT;

    /** Whether newcomers can read the published texts. */
    @Column(nullable = false)
    private boolean live;

    @Column(name = "last_edited_by", nullable = false, length = 24)
    private String lastEditedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "info_page_text", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, InfoText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "info_page_published_text", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, InfoText> publishedTexts = new HashMap<>();

    protected InfoPage() {
    }

    InfoPage(String editor, Instant now) {
        this.lastEditedBy = editor;
        this.updatedAt = now;
    }

    /**
     * Takes the form's placement and texts; a translation whose words did not change keeps the
     * German it was made from, a new or changed one counts as made from today's German.
     */
    void edit(InfoPageForm form, String editor, Instant now) {
        slug = form.slug();
        block = form.block();
        sortOrder = form.sortOrder();
        InfoTextInput german = form.texts().get(Language.SOURCE);
        String germanHash = TranslationStatus.sourceHash(german.title(), german.body());
        Map<String, InfoText> next = new HashMap<>();
        form.texts().forEach((language, input) -> {
            if (input.isBlank()) {
                return;
            }
            InfoText old = texts.get(language.code());
            if (language == Language.SOURCE) {
                next.put(GERMAN, new InfoText(input.title(), input.body(), null));
            } else if (old != null && old.sameWords(input)) {
                next.put(language.code(), old.copy());
            } else {
                next.put(language.code(), new InfoText(input.title(), input.body(), germanHash));
            }
        });
        texts.clear();
        texts.putAll(next);
        lastEditedBy = editor;
        updatedAt = now;
        if (state != InfoPageState.DRAFT) {
            state = InfoPageState.DRAFT;
        }
    }

    /** Whether the form says anything else than what is saved. */
    boolean differsFrom(InfoPageForm form) {
        if (!form.slug().equals(slug) || form.block() != block || form.sortOrder() != sortOrder) {
            return true;
        }
        Map<String, InfoTextInput> typed = new HashMap<>();
        form.texts().forEach((language, input) -> {
            if (!input.isBlank()) {
                typed.put(language.code(), input);
            }
        });
        if (!typed.keySet().equals(texts.keySet())) {
            return true;
        }
        return typed.entrySet().stream().anyMatch(e -> !texts.get(e.getKey()).sameWords(e.getValue()));
    }

    void moveTo(InfoPageState next, Instant now) {
        state = next;
        updatedAt = now;
    }

    /** Makes the working texts what newcomers read. */
    void publish(Instant now) {
        publishedTexts.clear();
        texts.forEach((language, text) -> publishedTexts.put(language, text.copy()));
        state = InfoPageState.PUBLISHED;
        live = true;
        publishedAt = now;
        updatedAt = now;
    }

    void takeOffline(Instant now) {
        live = false;
        updatedAt = now;
    }

    /** The translation status of every language but German, for the working texts. */
    Map<Language, TranslationStatus> statuses() {
        return statusesOf(texts);
    }

    /** The translation status of every language but German, for the texts newcomers read. */
    Map<Language, TranslationStatus> publishedStatuses() {
        return statusesOf(publishedTexts);
    }

    private static Map<Language, TranslationStatus> statusesOf(Map<String, InfoText> texts) {
        Map<Language, TranslationStatus> statuses = new TreeMap<>();
        InfoText german = texts.get(GERMAN);
        String germanHash = german == null ? "" : german.hash();
        for (Language language : Language.values()) {
            if (language != Language.SOURCE) {
                InfoText text = texts.get(language.code());
                statuses.put(language, TranslationStatus.of(germanHash, text == null ? null : text.sourceHash(),
                        text != null));
            }
        }
        return statuses;
    }

    /** The page as readable "field: value" lines, for the audit trail's before and after. */
    String describe() {
        StringBuilder out = new StringBuilder()
                .append("slug: ").append(slug).append('\n')
                .append("block: ").append(block == null ? "-" : block.name()).append('\n')
                .append("order: ").append(sortOrder).append('\n')
                .append("state: ").append(state).append('\n')
                .append("live: ").append(live).append('\n');
        Map<Language, TranslationStatus> statuses = statuses();
        new TreeMap<>(texts).forEach((language, text) -> {
            String status = Language.ofCode(language).map(statuses::get).map(s -> " [" + s + "]").orElse("");
            out.append("title.").append(language).append(status).append(": ").append(text.title()).append('\n')
                    .append("body.").append(language).append(": ").append(text.body().replace("\n", "\\n"))
                    .append('\n');
        });
        return out.toString().strip();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getSlug() {
        return slug;
    }

    BuildingBlock getBlock() {
        return block;
    }

    int getSortOrder() {
        return sortOrder;
    }

    InfoPageState getState() {
        return state;
    }

    boolean isLive() {
        return live;
    }

    boolean wasEverPublished() {
        return publishedAt != null;
    }

    String getLastEditedBy() {
        return lastEditedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Map<String, InfoText> getTexts() {
        return texts;
    }

    Map<String, InfoText> getPublishedTexts() {
        return publishedTexts;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
