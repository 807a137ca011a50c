package de.willkommenvorort.info;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write info pages and decide on them here: save, submit for review, approve, unpublish,
 * archive. Every change names the version the editor loaded (someone else's change in between is
 * refused, nothing is lost) and writes exactly one audit entry with before and after, in the same
 * transaction. Nobody approves their own last edit unless they are an administrator.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class InfoPageEditing {

    static final String SUBJECT = "info_page";

    private final InfoPageRepository pages;
    private final AuditLog audit;
    private final Clock clock;

    InfoPageEditing(InfoPageRepository pages, AuditLog audit, Clock clock) {
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InfoPageSummary> overview() {
        return pages.findAllByOrderBySortOrderAscIdAsc().stream().map(InfoPageEditing::summary).toList();
    }

    /** Pages waiting for a review or with an outdated translation: the count on the navigation. */
    @Transactional(readOnly = true)
    public long waiting() {
        return overview().stream().filter(InfoPageSummary::needsAttention).count();
    }

    @Transactional(readOnly = true)
    public Optional<InfoPageDetails> details(long id) {
        return pages.findById(id).map(InfoPageEditing::details);
    }

    /** A new page, saved as a draft that no newcomer sees. */
    public long create(InfoPageForm form) {
        validate(form, null);
        InfoPage page = new InfoPage(CurrentAccount.actor(), clock.instant());
        page.edit(form, CurrentAccount.actor(), clock.instant());
        long id = pages.saveAndFlush(page).getId();
        audit.record(CurrentAccount.actor(), "INFO_PAGE_CREATED", SUBJECT, id, form.slug(), null, page.describe());
        return id;
    }

    /**
     * Saves the working texts as a draft. A live page stays as it was for newcomers until the
     * change is approved. Saving what is already saved changes nothing and records nothing.
     */
    public void save(long id, long version, InfoPageForm form) {
        InfoPage page = load(id, version);
        if (page.getState() == InfoPageState.ARCHIVED) {
            throw new IllegalStateException("An archived info page is not edited");
        }
        validate(form, page);
        if (!page.differsFrom(form)) {
            return;
        }
        change(page, "INFO_PAGE_EDITED", p -> p.edit(form, CurrentAccount.actor(), clock.instant()));
    }

    public void submit(long id, long version) {
        InfoPage page = load(id, version);
        require(page.getState() == InfoPageState.DRAFT, page, "submitted");
        change(page, "INFO_PAGE_SUBMITTED", p -> p.moveTo(InfoPageState.SUBMITTED, clock.instant()));
    }

    /** Publishes the submitted texts; refused to the person who last edited them, unless an administrator. */
    public void approve(long id, long version) {
        InfoPage page = load(id, version);
        require(page.getState() == InfoPageState.SUBMITTED, page, "approved");
        if (page.getLastEditedBy().equals(CurrentAccount.actor()) && !AppRoles.actingAs(AppRoles.ADMIN)) {
            throw new SecondReviewerNeeded();
        }
        change(page, "INFO_PAGE_PUBLISHED", p -> p.publish(clock.instant()));
    }

    /** Takes a live page away from newcomers at once; its texts stay for staff to work on. */
    public void unpublish(long id, long version) {
        InfoPage page = load(id, version);
        require(page.isLive(), page, "unpublished");
        change(page, "INFO_PAGE_UNPUBLISHED", p -> {
            p.takeOffline(clock.instant());
            if (p.getState() == InfoPageState.PUBLISHED) {
                p.moveTo(InfoPageState.DRAFT, clock.instant());
            }
        });
    }

    /** Takes a page out of use for good. */
    public void archive(long id, long version) {
        InfoPage page = load(id, version);
        require(page.getState() != InfoPageState.ARCHIVED, page, "archived");
        change(page, "INFO_PAGE_ARCHIVED", p -> {
            p.takeOffline(clock.instant());
            p.moveTo(InfoPageState.ARCHIVED, clock.instant());
        });
    }

    private void change(InfoPage page, String action, Consumer<InfoPage> change) {
        String before = page.describe();
        change.accept(page);
        pages.flush();
        audit.record(CurrentAccount.actor(), action, SUBJECT, page.getId(), page.getSlug(), before, page.describe());
    }

    private InfoPage load(long id, long version) {
        InfoPage page = pages.findById(id).orElseThrow(() -> new IllegalArgumentException("No info page " + id));
        if (page.getVersion() != version) {
            throw new InfoPageChanged(page.getUpdatedAt());
        }
        return page;
    }

    private static void require(boolean allowed, InfoPage page, String what) {
        if (!allowed) {
            throw new IllegalStateException("An info page in state " + page.getState() + " (live: " + page.isLive()
                    + ") cannot be " + what);
        }
    }

    private void validate(InfoPageForm form, InfoPage page) {
        Map<String, String> problems = InfoPageValidation.problems(form);
        boolean slugChanged = page == null || !page.getSlug().equals(form.slug());
        if (!problems.containsKey("slug") && slugChanged) {
            if (page != null && page.wasEverPublished()) {
                // Newcomers may have saved or shared the address.
                problems.put("slug", "info.error.slug-fixed");
            } else if (page == null ? pages.existsBySlug(form.slug()) : pages.existsBySlugAndIdNot(form.slug(), page.getId())) {
                problems.put("slug", "info.error.slug-taken");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static InfoPageSummary summary(InfoPage page) {
        InfoText german = page.getTexts().get(InfoPage.GERMAN);
        return new InfoPageSummary(page.getId(), page.getSlug(), german == null ? page.getSlug() : german.title(),
                Optional.ofNullable(page.getBlock()), page.getState(), page.isLive(), page.statuses());
    }

    private static InfoPageDetails details(InfoPage page) {
        Map<Language, InfoTextInput> texts = new TreeMap<>();
        page.getTexts().forEach((code, text) -> Language.ofCode(code)
                .ifPresent(language -> texts.put(language, new InfoTextInput(text.title(), text.body()))));
        InfoPageForm form = new InfoPageForm(page.getSlug(), page.getBlock(), page.getSortOrder(), texts);
        return new InfoPageDetails(page.getId(), page.getVersion(), form, page.getState(), page.isLive(),
                page.wasEverPublished(), page.getLastEditedBy(), page.getUpdatedAt(), page.statuses());
    }
}
