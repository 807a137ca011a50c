package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ReadingOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What newcomers read: only live pages, only their approved texts. A translation is shown only
 * while it is current against the approved German; an outdated one could state an old rule, so the
 * newcomer gets the German with a note instead (decision 016).
 */
@Service
@Transactional(readOnly = true)
public class InfoPages {

    /** The newcomers' list of info pages; a page is at {@code info/<slug>}. */
    public static final String ROUTE = "info";

    private final InfoPageRepository pages;

    InfoPages(InfoPageRepository pages) {
        this.pages = pages;
    }

    /** The slugs of the live pages, each with when it was last published. */
    public Map<String, Instant> publishedSlugs() {
        Map<String, Instant> slugs = new LinkedHashMap<>();
        pages.findByLiveTrueOrderBySortOrderAscIdAsc().forEach(p -> slugs.put(p.getSlug(), p.getPublishedAt()));
        return slugs;
    }

    public List<InfoLink> published(Language language) {
        return pages.findByLiveTrueOrderBySortOrderAscIdAsc().stream().map(p -> link(p, language)).toList();
    }

    /** The published pages of one building block, for a short "good to know" list beside its offers. */
    public List<InfoLink> publishedFor(BuildingBlock block, Language language) {
        return pages.findByLiveTrueAndBlockOrderBySortOrderAscIdAsc(block).stream().map(p -> link(p, language)).toList();
    }

    public Optional<PublishedInfoPage> published(String slug, Language language) {
        return pages.findBySlugAndLiveTrue(slug).map(page -> {
            InfoText text = page.getPublishedTexts().get(readable(page, language));
            return new PublishedInfoPage(page.getSlug(), text.title(), text.body(), readable(page, language),
                    Optional.ofNullable(page.getBlock()));
        });
    }

    private static InfoLink link(InfoPage page, Language language) {
        String shown = readable(page, language);
        return new InfoLink(page.getSlug(), page.getPublishedTexts().get(shown).title(), shown);
    }

    /**
     * The first language of the newcomer's {@link ReadingOrder} whose approved translation is
     * current (their own, one they also read, the county's second choice), else German.
     */
    static String readable(InfoPage page, Language language) {
        for (Language candidate : ReadingOrder.of(language)) {
            if (candidate != Language.SOURCE && page.publishedStatuses().get(candidate) == TranslationStatus.CURRENT) {
                return candidate.code();
            }
        }
        return InfoPage.GERMAN;
    }
}
