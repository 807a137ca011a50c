package de.willkommenvorort.info;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.AppRoles;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live info pages as work for translators: which lack a language or have it outdated, their
 * approved German, and an approved translation written in. A translation names the German it was
 * made from (its hash) and is refused once that German has changed. Who may approve is the
 * translation feature's decision; this class only keeps the page consistent and on the record.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.TRANSLATOR, "ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class InfoTranslations {

    public static final int TITLE_MAX = InfoText.TITLE_MAX;
    public static final int BODY_MAX = InfoText.BODY_MAX;

    private final InfoPageRepository pages;
    private final AuditLog audit;

    InfoTranslations(InfoPageRepository pages, AuditLog audit) {
        this.pages = pages;
        this.audit = audit;
    }

    /** A live page's approved German, as a translator starts from it. */
    public record Source(long pageId, String slug, Instant publishedAt, String title, String body, String hash) {
    }

    /** A page's approved text in one language, and whether it is behind the German. */
    public record Current(String title, String body, boolean outdated) {
    }

    /** A live page that lacks a current approved text in a language: it has none, or an outdated one. */
    public record Wanted(Source source, boolean outdated) {
    }

    /** The German was changed (or the page taken offline) after the translation was made. */
    public static class SourceChanged extends RuntimeException {
        SourceChanged(long pageId) {
            super("The German text of info page " + pageId + " has changed");
        }
    }

    /** Live pages whose approved text in {@code language} is missing or outdated, oldest published first. */
    @Transactional(readOnly = true)
    public List<Wanted> wanted(String language) {
        return pages.findByLiveTrueOrderBySortOrderAscIdAsc().stream()
                .filter(p -> p.getPublishedTexts().containsKey(InfoPage.GERMAN) && !InfoPage.GERMAN.equals(language))
                .filter(p -> {
                    InfoText text = p.getPublishedTexts().get(language);
                    return text == null || !p.getPublishedTexts().get(InfoPage.GERMAN).hash().equals(text.sourceHash());
                })
                .sorted(Comparator.comparing(InfoPage::getPublishedAt).thenComparing(InfoPage::getId))
                .map(p -> new Wanted(source(p), p.getPublishedTexts().containsKey(language))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Source> source(long pageId) {
        return pages.findById(pageId).filter(p -> p.isLive() && p.getPublishedTexts().containsKey(InfoPage.GERMAN))
                .map(InfoTranslations::source);
    }

    /** The approved German of those of these pages that are live (in no particular order). */
    @Transactional(readOnly = true)
    public List<Source> sources(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return pages.liveGerman(pageIds, InfoPage.GERMAN).stream().map(p -> new Source(p.getId(), p.getSlug(),
                p.getPublishedAt(), p.getTitle(), p.getBody(), TranslationStatus.sourceHash(p.getTitle(), p.getBody())))
                .toList();
    }

    /** Those of these pages that are live with an approved German text. */
    @Transactional(readOnly = true)
    public Set<Long> live(Collection<Long> pageIds) {
        return pageIds.isEmpty() ? Set.of() : Set.copyOf(pages.liveWithGerman(pageIds, InfoPage.GERMAN));
    }

    /** Those of these pages whose approved text in {@code language} is behind the approved German. */
    @Transactional(readOnly = true)
    public Set<Long> outdated(Collection<Long> pageIds, String language) {
        if (pageIds.isEmpty() || InfoPage.GERMAN.equals(language)) {
            return Set.of();
        }
        return pages.translated(pageIds, InfoPage.GERMAN, language).stream()
                .filter(t -> !TranslationStatus.sourceHash(t.getGermanTitle(), t.getGermanBody()).equals(t.getSourceHash()))
                .map(InfoPageRepository.Translated::getId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<Current> current(long pageId, String language) {
        return pages.findById(pageId).flatMap(p -> Optional.ofNullable(p.getPublishedTexts().get(language))
                .map(t -> new Current(t.title(), t.body(), !InfoPage.GERMAN.equals(language)
                        && !p.getPublishedTexts().get(InfoPage.GERMAN).hash().equals(t.sourceHash()))));
    }

    /**
     * Writes an approved translation into the text newcomers read, and into the working text staff
     * edit where that one was not changed in the meantime: a staff member's unfinished edit of
     * that language is left alone.
     *
     * @throws SourceChanged if the page is offline or its German is not the one translated
     */
    public void apply(long pageId, String language, String title, String body, String germanHash) {
        if (InfoPage.GERMAN.equals(language)) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
        InfoPage page = pages.lockById(pageId).filter(InfoPage::isLive).orElseThrow(() -> new SourceChanged(pageId));
        InfoText german = page.getPublishedTexts().get(InfoPage.GERMAN);
        if (german == null || !german.hash().equals(germanHash)) {
            throw new SourceChanged(pageId);
        }
        InfoText old = page.getPublishedTexts().get(language);
        InfoText text = new InfoText(title, body, germanHash);
        page.getPublishedTexts().put(language, text);
        InfoText working = page.getTexts().get(language);
        if (working == null || old != null && working.title().equals(old.title()) && working.body().equals(old.body())) {
            page.getTexts().put(language, text.copy());
        }
        pages.flush();
        audit.record(CurrentAccount.actor(), "TRANSLATION_APPROVED", InfoPageEditing.SUBJECT, pageId, language,
                old == null ? null : lines(language, old), lines(language, text));
    }

    private static String lines(String language, InfoText text) {
        return "title." + language + ": " + text.title() + "\nbody." + language + ": " + text.body().replace("\n", "\\n");
    }

    private static Source source(InfoPage page) {
        InfoText german = page.getPublishedTexts().get(InfoPage.GERMAN);
        return new Source(page.getId(), page.getSlug(), page.getPublishedAt(), german.title(), german.body(), german.hash());
    }
}
