package de.willkommenvorort.info.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.ui.EasyReadingNote;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.info.InfoPageChanged;
import de.willkommenvorort.info.InfoPageDetails;
import de.willkommenvorort.info.InfoPageEditing;
import de.willkommenvorort.info.InfoPageForm;
import de.willkommenvorort.info.InfoPageState;
import de.willkommenvorort.info.InfoTextInput;
import de.willkommenvorort.info.SecondReviewerNeeded;
import de.willkommenvorort.info.TranslationStatus;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * {@code staff/info/:id} ({@code new} for a new page): the German original, then every language
 * with its status and the German source beside it, and the review buttons that fit the page's
 * state. A refused change keeps everything typed; nothing is half-saved.
 */
@Route(value = InfoEditorView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class InfoEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = StaffInfoView.ROUTE + "/:id";
    static final String NEW = "new";

    private final InfoPageEditing editing;
    private final Language ui;
    private final H1 heading = new H1();
    private final Paragraph facts = new Paragraph();
    private final Paragraph pending = new Paragraph();
    private final Div notice = new Div();
    private final TextField slug = new TextField();
    private final Select<BuildingBlock> block = new Select<>();
    private final TextField order = new TextField();
    private final Map<Language, TextField> titles = new TreeMap<>();
    private final Map<Language, TextArea> bodies = new TreeMap<>();
    private final Map<Language, Span> statuses = new TreeMap<>();
    private final Map<Language, PlainText> sources = new TreeMap<>();
    private final Map<Language, NativeDetails> languageSections = new TreeMap<>();
    private final FormErrors errors = new FormErrors();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button unpublish = new Button();
    private final Button archive = new Button();
    private InfoPageDetails loaded;
    private final ServedLanguages served;

    InfoEditorView(InfoPageEditing editing, ServedLanguages served) {
        this.editing = editing;
        this.served = served;
        this.ui = Language.of(getLocale());
        addClassNames("offer-editor", "info-editor");
        pending.addClassName("info-pending");
        pending.setText(getTranslation("info.editor.pending"));
        notice.addClassName("form-notice");

        slug.setLabel(getTranslation("info.editor.slug"));
        slug.setHelperText(getTranslation("info.editor.slug.hint"));
        slug.setMaxLength(InfoPageForm.SLUG_MAX);
        block.setLabel(getTranslation("info.editor.block"));
        block.setItems(BuildingBlock.values());
        block.setEmptySelectionAllowed(true);
        block.setEmptySelectionCaption(getTranslation("info.block.none"));
        block.setItemLabelGenerator(b -> InfoLabels.block(this, b));
        order.setLabel(getTranslation("info.editor.order"));
        order.setAllowedCharPattern("[0-9]");
        order.setMaxLength(3);
        errors.field("slug", slug).field("order", order);
        Div placement = new Div(slug, block, order);
        placement.addClassName("info-placement");

        Div german = new Div(new H2(getTranslation("info.editor.german")));
        german.addClassName("editor-section");
        addTextFields(german, Language.SOURCE);
        Div translations = new Div(new H2(getTranslation("info.editor.translations")));
        translations.addClassName("editor-section");
        for (Language language : Language.values()) {
            if (language != Language.SOURCE) {
                translations.add(translation(language));
            }
        }

        save.setText(getTranslation("info.editor.save"));
        save.addClickListener(e -> act("info.notice.saved", this::saveTyped));
        submit.setText(getTranslation("info.editor.submit"));
        submit.addClickListener(e -> act("info.notice.submitted", () -> {
            saveTyped();
            editing.submit(loaded.id(), loaded.version());
        }));
        approve.setText(getTranslation("info.editor.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(e -> decide("info.notice.published", () -> editing.approve(loaded.id(), loaded.version())));
        unpublish.setText(getTranslation("info.editor.unpublish"));
        unpublish.addClickListener(e -> decide("info.notice.unpublished", () -> editing.unpublish(loaded.id(), loaded.version())));
        archive.setText(getTranslation("info.editor.archive"));
        archive.addThemeVariants(ButtonVariant.ERROR);
        archive.addClickListener(e -> decide("info.notice.archived", () -> editing.archive(loaded.id(), loaded.version())));
        Div actions = new Div(save, submit, approve, unpublish, archive);
        actions.addClassName("editor-actions");

        add(MainLayout.routerLink(StaffInfoView.ROUTE, new Span(getTranslation("info.editor.back"))), heading, facts,
                pending, notice, placement, german, translations, actions);
    }

    static String link(String id) {
        return StaffInfoView.ROUTE + "/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            show(null);
            return;
        }
        try {
            show(editing.details(Long.parseLong(id)).orElseThrow(NotFoundException::new));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.name");
    }

    private void addTextFields(Div section, Language language) {
        TextField title = new TextField(getTranslation("info.editor.page-title"));
        title.setMaxLength(InfoTextInput.TITLE_MAX);
        TextArea body = new TextArea(getTranslation("info.editor.body"));
        body.setMaxLength(InfoTextInput.BODY_MAX);
        body.setHelperText(getTranslation("info.editor.body.hint"));
        for (Component field : List.of(title, body)) {
            field.getElement().setAttribute("lang", language.code());
            field.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            field.addClassName("info-text-field");
        }
        titles.put(language, title);
        bodies.put(language, body);
        errors.field("title." + language.code(), title).field("body." + language.code(), body);
        section.add(title, body);
        if (language.easyToRead()) {
            section.add(new EasyReadingNote(title, body));
        }
    }

    /** One language: its name and status as the summary; the German source beside the fields. */
    private NativeDetails translation(Language language) {
        Span name = new Span(LocalFormats.languageName(language.code(), ui));
        name.addClassName("info-language-name");
        Span status = new Span();
        statuses.put(language, status);
        Div summary = new Div(name, status);
        summary.addClassName("language-heading");

        PlainText source = new PlainText();
        source.getElement().setAttribute("lang", "de");
        sources.put(language, source);
        Span sourceLabel = new Span(getTranslation("info.editor.source"));
        sourceLabel.addClassName("field-label");
        Div sourceColumn = new Div(sourceLabel, source);
        sourceColumn.addClassName("info-source");
        Div fields = new Div();
        fields.addClassName("info-translation-fields");
        addTextFields(fields, language);
        Div columns = new Div(sourceColumn, fields);
        columns.addClassName("info-translation");
        NativeDetails details = new NativeDetails(summary, columns);
        details.addClassNames("editor-language", "info-language", "info-language-" + language.code());
        languageSections.put(language, details);
        return details;
    }

    private void show(InfoPageDetails details) {
        loaded = details;
        errors.clear();
        heading.setText(details == null ? getTranslation("info.editor.title.new") : details.german().title());
        heading.getElement().setAttribute("lang", details == null ? ui.code() : "de");
        InfoPageForm form = details == null ? null : details.form();
        slug.setValue(form == null ? "" : form.slug());
        slug.setReadOnly(details != null && details.everPublished());
        block.setValue(form == null ? null : form.block());
        order.setValue(form == null ? "0" : String.valueOf(form.sortOrder()));
        for (Language language : titles.keySet()) {
            InfoTextInput text = details == null ? new InfoTextInput("", "") : details.text(language);
            titles.get(language).setValue(text.title());
            bodies.get(language).setValue(text.body());
        }
        // The languages the county serves, and any other a text exists in: saving keeps what is shown.
        languageSections.forEach((language, section) -> section.setVisible(served.serves(language)
                || !titles.get(language).getValue().isBlank() || !bodies.get(language).getValue().isBlank()));
        updateState();
    }

    /** The facts, the German sources, the statuses and which buttons fit the page's state now. */
    private void updateState() {
        facts.removeAll();
        InfoPageState state = loaded == null ? InfoPageState.DRAFT : loaded.state();
        facts.add(InfoLabels.state(this, state), InfoLabels.live(this, loaded != null && loaded.live()));
        if (loaded != null) {
            facts.add(new Span(getTranslation("info.editor.last-edit", loaded.lastEditedBy())));
        }
        pending.setVisible(loaded != null && loaded.live() && state != InfoPageState.PUBLISHED);
        InfoTextInput german = loaded == null ? new InfoTextInput("", "") : loaded.german();
        statuses.forEach((language, badge) -> {
            TranslationStatus status = loaded == null ? TranslationStatus.MISSING : loaded.translations().get(language);
            badge.removeAll();
            badge.add(InfoLabels.status(this, status));
            sources.get(language).setText(german.title() + "\n\n" + german.body());
        });
        boolean archived = state == InfoPageState.ARCHIVED;
        save.setVisible(!archived);
        submit.setVisible(loaded != null && state == InfoPageState.DRAFT);
        approve.setVisible(loaded != null && state == InfoPageState.SUBMITTED);
        unpublish.setVisible(loaded != null && loaded.live());
        archive.setVisible(loaded != null && !archived);
    }

    private InfoPageForm typed() {
        Map<Language, InfoTextInput> texts = new TreeMap<>();
        titles.forEach((language, title) -> {
            InfoTextInput text = new InfoTextInput(title.getValue(), bodies.get(language).getValue());
            if (!text.isBlank() || language == Language.SOURCE) {
                texts.put(language, text);
            }
        });
        int sortOrder;
        try {
            sortOrder = Integer.parseInt(order.getValue().strip());
        } catch (NumberFormatException e) {
            sortOrder = -1;
        }
        return new InfoPageForm(slug.getValue(), block.getValue(), sortOrder, texts);
    }

    /** Saves what was typed, if it differs from what is saved; afterwards {@link #loaded} is current. */
    private void saveTyped() {
        InfoPageForm form = typed();
        if (loaded == null) {
            long id = editing.create(form);
            loaded = editing.details(id).orElseThrow();
            getUI().ifPresent(u -> u.getPage().getHistory().replaceState(null, link(String.valueOf(id))));
        } else if (!form.equals(loaded.form())) {
            editing.save(loaded.id(), loaded.version(), form);
            loaded = editing.details(loaded.id()).orElseThrow();
        }
    }

    /** A decision on the saved text: typed but unsaved changes would not be part of it, so they are refused. */
    private void decide(String doneKey, Runnable decision) {
        if (!typed().equals(loaded.form())) {
            fail("info.notice.unsaved");
            return;
        }
        act(doneKey, decision);
    }

    private void act(String doneKey, Runnable change) {
        errors.clear();
        try {
            change.run();
            show(editing.details(loaded.id()).orElseThrow());
            notice.setText(getTranslation(doneKey));
            notice.getElement().setAttribute("role", "status");
        } catch (InvalidInput e) {
            languageSections.forEach((language, details) -> details.setOpen(details.isOpen()
                    || e.problems().containsKey("title." + language.code())
                    || e.problems().containsKey("body." + language.code())));
            Map<String, String> rest = errors.show(e.problems(), this);
            fail(rest.isEmpty() ? "info.error.form" : rest.values().iterator().next());
        } catch (InfoPageChanged | OptimisticLockingFailureException | IllegalStateException e) {
            // Someone else saved or decided meanwhile: keep the typed text, say so, offer the current version.
            fail("info.error.changed");
            notice.add(MainLayout.routerLink(link(loaded == null ? NEW : String.valueOf(loaded.id())),
                    new Span(getTranslation("info.editor.reload"))));
        } catch (SecondReviewerNeeded e) {
            fail("info.error.own-edit");
        }
    }

    private void fail(String key) {
        notice.setText(getTranslation(key));
        notice.getElement().setAttribute("role", "alert");
    }
}
