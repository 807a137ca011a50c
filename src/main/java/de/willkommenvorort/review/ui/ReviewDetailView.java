package de.willkommenvorort.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditEntry;
import de.willkommenvorort.base.ui.EasyReadingNote;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.DecisionConflict;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ui.StateLabels;
import de.willkommenvorort.offer.ui.OfferDetailsPanel;
import de.willkommenvorort.review.ReviewQueue;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * One item to decide on: what newcomers would see (the same panel as the public page), every
 * text with the chance to correct it, for a revision what it changes, the provider, the history
 * from the audit trail, and the decisions its state allows. Every decision names the version shown
 * here; if someone else acted first, nothing is applied and the page says who and shows the
 * item as it is now.
 */
@Route(value = ReviewSections.REVIEW + "/:id", layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class ReviewDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    private final ReviewQueue queue;
    private final ReviewWorkflow workflow;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Language language;
    private final Div notice = new Div();
    private final Div content = new Div();

    private long id;
    private long version;
    private String title = "";

    ReviewDetailView(ReviewQueue queue, ReviewWorkflow workflow, CategoryService categories,
                     MunicipalityService municipalities, ProviderService providers) {
        this.queue = queue;
        this.workflow = workflow;
        this.categories = categories;
        this.municipalities = municipalities;
        this.providers = providers;
        this.language = Language.of(getLocale());
        addClassNames("page", "review-detail");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        add(MainLayout.routerLink(ReviewSections.REVIEW, new Span(getTranslation("review.detail.back"))), notice, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        notice.removeAll();
        show();
    }

    /** Reads the item again and shows it as it is now. */
    private void show() {
        content.removeAll();
        Optional<ReviewQueue.Review> found = queue.review(id, language.code());
        if (found.isEmpty()) {
            content.add(new H1(getTranslation("review.detail.page-title")),
                    new Paragraph(getTranslation("review.detail.not-found")));
            return;
        }
        ReviewQueue.Review review = found.get();
        version = review.version();
        title = review.details().title();
        H1 heading = new H1(title);
        heading.getElement().setAttribute("lang", review.details().textLanguage());
        Span kind = new Span(getTranslation(ReviewQueueView.kindKey(review.kind())));
        kind.addClassNames("review-kind", "review-kind-" + review.kind().name().toLowerCase());
        Span state = new Span(getTranslation(StateLabels.state(review.state())));
        state.addClassNames("state", "state-" + review.state().name().toLowerCase());
        Div meta = new Div(kind, state, new Span(getTranslation("review.detail.provider", review.providerName())));
        review.submittedAt().ifPresent(at -> meta.add(new Span(getTranslation("review.detail.submitted", when(at)))));
        meta.addClassName("review-meta");

        Div work = new Div();
        work.addClassName("review-work");
        work.add(decisions(review));
        review.diff().ifPresent(diff -> work.add(new RevisionDiffPanel(diff, categories, municipalities)));
        work.add(texts(review), history());
        Div phone = new Div(new OfferDetailsPanel(review.details(), categories, providers, review.dates(), false));
        phone.addClassName("preview-phone");
        Section preview = new Section(new H2(getTranslation("review.detail.preview")), phone);
        preview.addClassName("review-preview");
        Div columns = new Div(work, preview);
        columns.addClassName("review-columns");
        content.add(heading, meta, columns);
    }

    private Section decisions(ReviewQueue.Review review) {
        Section section = new Section(new H2(getTranslation("review.decision.title")));
        section.addClassName("review-decisions");
        boolean revision = review.revisionOf().isPresent();
        if (review.state() == ReviewState.SUBMITTED) {
            Button approve = new Button(getTranslation("review.decision.approve"), e -> decide(() -> {
                long published = workflow.approve(id, version);
                if (published != id) {
                    // A revision is merged into its offer and gone: go on with the offer.
                    id = published;
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                            ReviewSections.REVIEW + "/" + published));
                }
            }, null));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(approve);
            section.add(reasoned("review.decision.reject", (reason, note) -> workflow.reject(id, version, reason, note)));
            TextArea changes = new TextArea(getTranslation("review.decision.send-back.note"));
            changes.setRequiredIndicatorVisible(true);
            FormErrors errors = new FormErrors().field("note", changes);
            Button sendBack = new Button(getTranslation("review.decision.send-back"),
                    e -> decide(() -> workflow.sendBack(id, version, changes.getValue()), errors));
            section.add(group(changes, sendBack));
        } else if (review.state() == ReviewState.PUBLISHED && !revision) {
            review.unchecked().ifPresent(unchecked -> {
                Button check = new Button(getTranslation("review.decision.check"),
                        e -> decide(() -> workflow.check(id, version), null));
                check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                check.addClassName("review-check");
                section.add(unchecked(unchecked), check);
            });
            section.add(reasoned("review.decision.unpublish",
                    (reason, note) -> workflow.unpublish(id, version, reason, note)));
        }
        if (!revision && review.state() != ReviewState.ARCHIVED) {
            Button archive = new Button(getTranslation("review.decision.archive"),
                    e -> decide(() -> workflow.archive(id, version), null));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(archive);
        }
        return section;
    }

    /**
     * Why a public offer waits to be checked, and each change that went public unchecked, as
     * "field: value" lines before and after.
     */
    private Div unchecked(ReviewQueue.Unchecked unchecked) {
        Div box = new Div(new Paragraph(getTranslation("review.unchecked.notice", when(unchecked.since()))));
        box.addClassName("review-unchecked");
        for (ReviewQueue.Unchecked.Change change : unchecked.changes()) {
            Div before = new Div(new H3(getTranslation("review.unchecked.before")), lines(change.before()));
            Div after = new Div(new H3(getTranslation("review.unchecked.after")), lines(change.after()));
            Div sides = new Div(before, after);
            sides.addClassName("review-unchecked-change");
            box.add(new Paragraph(getTranslation("review.unchecked.changed", when(change.at()), change.actor())), sides);
        }
        return box;
    }

    private static UnorderedList lines(String text) {
        UnorderedList list = new UnorderedList();
        text.lines().filter(line -> !line.isBlank()).forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    /** A decision with a reason code and an optional note (reject, unpublish). */
    private Div reasoned(String labelKey, ReasonedDecision decision) {
        Select<RejectionReason> reason = new Select<>();
        reason.setLabel(getTranslation("review.decision.reason"));
        reason.setItems(Arrays.asList(RejectionReason.values()));
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("review.decision.note"));
        FormErrors errors = new FormErrors().field("reason", reason).field("note", note);
        Button button = new Button(getTranslation(labelKey),
                e -> decide(() -> decision.apply(reason.getValue(), note.getValue()), errors));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return group(reason, note, button);
    }

    private static Div group(Component... parts) {
        Div group = new Div(parts);
        group.addClassName("review-decision");
        return group;
    }

    /** Runs a decision; shows what happened, or why nothing did, and the item as it is now. */
    private void decide(Runnable decision, FormErrors errors) {
        notice.removeAll();
        notice.getElement().setAttribute("role", "alert");
        try {
            decision.run();
        } catch (InvalidInput invalid) {
            if (errors != null) {
                errors.show(invalid.problems(), this).values().forEach(key -> notice.add(new Paragraph(getTranslation(key))));
            } else {
                invalid.problems().values().forEach(key -> notice.add(new Paragraph(getTranslation(key))));
            }
            return;
        } catch (DecisionConflict conflict) {
            notice.add(new Paragraph(conflictMessage(conflict)));
            show();
            return;
        }
        notice.getElement().setAttribute("role", "status");
        queue.review(id, language.code()).map(ReviewQueue.Review::state).ifPresent(now -> notice.add(
                new Paragraph(getTranslation("review.decision.done", getTranslation(StateLabels.state(now))))));
        show();
    }

    private String conflictMessage(DecisionConflict conflict) {
        String actor = conflict.lastChange().map(DecisionConflict.LastChange::actor).orElse("?");
        String action = conflict.lastChange().map(DecisionConflict.LastChange::action).orElse("?");
        String at = conflict.lastChange().map(c -> when(c.at())).orElse("");
        return conflict.currentState()
                .map(s -> getTranslation("review.conflict.changed", actor, at, action, getTranslation(StateLabels.state(s))))
                .orElseGet(() -> getTranslation("review.conflict.gone", actor, at, action));
    }

    /** Every text; while the item waits for review, staff may correct one before approving. */
    private Section texts(ReviewQueue.Review review) {
        Section section = new Section(new H2(getTranslation("review.detail.texts")));
        section.addClassName("review-texts");
        boolean correctable = review.state() == ReviewState.SUBMITTED;
        review.texts().entrySet().stream()
                .sorted((a, b) -> a.getKey().equals(review.originalLanguage()) ? -1
                        : b.getKey().equals(review.originalLanguage()) ? 1 : a.getKey().compareTo(b.getKey()))
                .forEach(entry -> section.add(text(entry.getKey(), entry.getValue(), correctable)));
        return section;
    }

    private Div text(String textLanguage, OfferText text, boolean correctable) {
        Div block = new Div(new H3(LocalFormats.languageName(textLanguage, language)));
        block.addClassName("review-text");
        TextField title = new TextField(getTranslation("editor.text.title"));
        title.setValue(text.getTitle());
        title.setMaxLength(OfferText.TITLE_MAX);
        TextField summary = new TextField(getTranslation("editor.text.summary"));
        summary.setValue(text.getSummary());
        summary.setMaxLength(OfferText.SUMMARY_MAX);
        TextArea description = new TextArea(getTranslation("editor.text.description"));
        description.setValue(text.getDescription());
        description.setMaxLength(OfferText.DESCRIPTION_MAX);
        TextArea whatToBring = new TextArea(getTranslation("editor.text.what-to-bring"));
        whatToBring.setValue(text.getWhatToBring());
        whatToBring.setMaxLength(OfferText.WHAT_TO_BRING_MAX);
        for (var field : java.util.List.of(title, summary, description, whatToBring)) {
            field.getElement().setAttribute("lang", textLanguage);
            field.setReadOnly(!correctable);
        }
        block.add(title, summary, description, whatToBring);
        if (Language.ofCode(textLanguage).filter(Language::easyToRead).isPresent()) {
            block.add(new EasyReadingNote(title, summary, description, whatToBring));
        }
        if (correctable) {
            FormErrors errors = new FormErrors().field("title", title).field("summary", summary)
                    .field("description", description).field("whatToBring", whatToBring);
            Button correct = new Button(getTranslation("review.detail.correct"), e -> correct(textLanguage, title,
                    summary, description, whatToBring, errors));
            block.add(correct);
        }
        return block;
    }

    private void correct(String textLanguage, TextField title, TextField summary, TextArea description,
                         TextArea whatToBring, FormErrors errors) {
        notice.removeAll();
        notice.getElement().setAttribute("role", "alert");
        try {
            version = workflow.correctText(id, version, textLanguage, title.getValue(), summary.getValue(),
                    description.getValue(), whatToBring.getValue());
        } catch (InvalidInput invalid) {
            errors.show(invalid.problems(), this);
            return;
        } catch (DecisionConflict conflict) {
            notice.add(new Paragraph(conflictMessage(conflict)));
            show();
            return;
        }
        errors.clear();
        notice.getElement().setAttribute("role", "status");
        notice.add(new Paragraph(getTranslation("review.detail.corrected")));
        show();
    }

    private Section history() {
        Section section = new Section(new H2(getTranslation("review.history.title")));
        section.addClassName("review-history");
        UnorderedList list = new UnorderedList();
        for (AuditEntry entry : queue.history(id).reversed()) {
            ListItem item = new ListItem(new Span(getTranslation("review.history.entry", when(entry.getAt()),
                    entry.getActor(), entry.getAction())));
            if (entry.getDetail() != null) {
                Span detail = new Span(entry.getDetail());
                detail.addClassName("review-history-detail");
                item.add(detail);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private String when(Instant at) {
        var local = at.atZone(COUNTY);
        return LocalFormats.date(local.toLocalDate(), language) + " " + LocalFormats.time(local.toLocalTime(), language);
    }

    @FunctionalInterface
    private interface ReasonedDecision {
        void apply(RejectionReason reason, String note);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("review.detail.page-title")
                : getTranslation("review.detail.page-title") + ": " + title;
    }
}
