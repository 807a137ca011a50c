package de.willkommenvorort.offer.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.ui.DeviceDrafts;
import de.willkommenvorort.base.ui.EasyReadingNote;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.ConcurrentEdit;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.OfferForm;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.offer.TargetGroup;
import de.willkommenvorort.offer.TextStatus;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A provider writes or edits an offer: every field of the product brief, texts in one or more
 * languages with their translation status, and a live preview of what a newcomer will see. The
 * whole form is checked and saved at once; what was typed stays when something is wrong. What is
 * typed into the text fields is also kept on the device until it is saved, and offered back when
 * the session that held it was lost (docs/decisions/034).
 */
@Route(value = "my/offers/:id", layout = MainLayout.class)
@RolesAllowed(AppRoles.PROVIDER)
class OfferEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The text fields of one language, as their drafts are named: "title-de", …, "whatToBring-de". */
    private static final List<String> TEXT_DRAFTS = List.of("title", "summary", "description", "whatToBring");

    private final OfferEditing editing;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Language ui;
    private final ServedLanguages served;

    private final Div notice = new Div();
    private final DeviceDrafts drafts = new DeviceDrafts();
    private final long account;
    private final Div status = new Div();
    private final Select<CategoryRef> category = new Select<>();
    private final Select<Language> originalLanguage = new Select<>();
    private final Div texts = new Div();
    private final Select<Language> addLanguage = new Select<>();
    private final Map<String, TextFields> textFields = new LinkedHashMap<>();
    private final Checkbox online = new Checkbox();
    private final ComboBox<MunicipalityRef> municipality = new ComboBox<>();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField placeName = new TextField();
    private final Checkbox appointmentOnly = new Checkbox();
    private final Div slots = new Div();
    private final List<SlotFields> slotFields = new ArrayList<>();
    private final RadioButtonGroup<OfferForm.EventKind> eventKind = new RadioButtonGroup<>();
    private final DatePicker eventFrom = new DatePicker();
    private final DatePicker eventUntil = new DatePicker();
    private final Select<DayOfWeek> eventDay = new Select<>();
    private final Select<Integer> eventWeek = new Select<>();
    private final Select<Integer> eventDayOfMonth = new Select<>();
    private final TimePicker eventStart = new TimePicker();
    private final TimePicker eventEnd = new TimePicker();
    private final Checkbox eventAllDay = new Checkbox();
    private final Div eventList = new Div();
    private final List<DateRow> eventRows = new ArrayList<>();
    private final Div scheduled = new Div();
    private final TextField phone = new TextField();
    private final Checkbox phonePublic = new Checkbox();
    private final TextField email = new TextField();
    private final Checkbox emailPublic = new Checkbox();
    private final TextField website = new TextField();
    private final CheckboxGroup<Language> spoken = new CheckboxGroup<>();
    private final CheckboxGroup<TargetGroup> groups = new CheckboxGroup<>();
    private final RadioButtonGroup<Cost> cost = new RadioButtonGroup<>();
    private final Checkbox registration = new Checkbox();
    private final Checkbox childcare = new Checkbox();
    private final Checkbox wheelchair = new Checkbox();
    private final Select<CourseLevel> level = new Select<>();
    private final DatePicker nextStart = new DatePicker();
    private final DatePicker validUntil = new DatePicker();
    private final Div actions = new Div();
    private final Section preview = new Section();

    private OfferForm loaded = new OfferForm();
    /** The form's name among the account's drafts on the device: "new", or the offer's id as opened. */
    private String draftId = "new";

    OfferEditorView(OfferEditing editing, CategoryService categories, MunicipalityService municipalities,
                    ProviderService providers, ServedLanguages served, AuthenticationContext authentication) {
        this.editing = editing;
        this.served = served;
        this.providers = providers;
        this.categories = categories;
        this.municipalities = municipalities;
        this.ui = Language.of(getLocale());
        this.account = authentication.getAuthenticatedUser(Actor.class).orElseThrow().accountId();
        addClassNames("page", "offer-editor");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "alert");
        status.addClassName("editor-status");
        add(new ProviderNav(authentication), new H1(getTranslation("editor.title")), status, drafts, notice);
        buildWhat();
        buildTexts();
        buildWhere();
        buildWhen();
        buildDates();
        buildContact();
        buildConditions();
        actions.addClassName("editor-actions");
        preview.addClassName("editor-preview");
        List<com.vaadin.flow.component.HasValue<?, ?>> followed = List.of(category, municipality, street, placeName,
                phone, email, website, cost, eventKind, eventFrom, eventStart, eventEnd, eventAllDay, phonePublic,
                emailPublic, online);
        for (com.vaadin.flow.component.HasValue<?, ?> field : followed) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    refreshPreview();
                }
            });
        }
        add(actions, preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            OfferForm form = new OfferForm();
            form.originalLanguage = ui.code();
            form.text(ui.code());
            form.spokenLanguages.add(Language.SOURCE.code());
            form.targetGroups.add(TargetGroup.EVERYONE);
            form.validUntil = LocalDate.now(ZoneId.of("Europe/Berlin")).plusYears(1);
            fill(form);
        } else {
            try {
                fill(editing.load(Long.parseLong(id)));
            } catch (NumberFormatException | AccessDeniedException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
        }
        draftId = id;
        drafts.keep(this, account, draftId, getTranslation("editor.draft.hint"));
    }

    /**
     * Before a draft is restored: texts in languages the form does not show yet (a translation
     * added in the session that was lost) get their fields. Field names as {@link TextFields} marks them.
     */
    @ClientCallable
    void prepareDraftFields(String names) {
        OfferForm form = read();
        boolean added = false;
        for (String name : names.split(" ")) {
            int dash = name.indexOf('-');
            if (dash < 0 || !TEXT_DRAFTS.contains(name.substring(0, dash))) {
                continue;
            }
            Optional<Language> language = Language.ofCode(name.substring(dash + 1)).filter(served::serves);
            if (language.isPresent() && !form.texts.containsKey(language.get().code())) {
                form.text(language.get().code());
                added = true;
            }
        }
        if (added) {
            showTexts(form);
        }
    }

    // --- building the form ---

    private void buildWhat() {
        category.setLabel(getTranslation("editor.category"));
        List<CategoryRef> all = new ArrayList<>(categories.all());
        all.sort(Comparator.comparing(CategoryRef::buildingBlock));
        category.setItems(all);
        category.setItemLabelGenerator(c -> getTranslation(Labels.blockTitle(c.buildingBlock())) + " – "
                + c.name(ui));
        originalLanguage.setLabel(getTranslation("editor.original-language"));
        originalLanguage.setHelperText(getTranslation("editor.original-language.hint"));
        originalLanguage.setItems(served.all());
        originalLanguage.setItemLabelGenerator(this::languageLabel);
        originalLanguage.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                OfferForm form = read();
                form.text(e.getValue().code());
                showTexts(form);
            }
        });
        wide(category, originalLanguage);
        add(section("editor.section.what", category, originalLanguage));
    }

    private void buildTexts() {
        addLanguage.setLabel(getTranslation("editor.add-translation"));
        addLanguage.setItemLabelGenerator(this::languageLabel);
        addLanguage.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                OfferForm form = read();
                form.text(e.getValue().code());
                showTexts(form);
            }
        });
        add(section("editor.section.texts", new Paragraph(getTranslation("editor.texts.hint")), texts, addLanguage));
    }

    private void buildWhere() {
        online.setLabel(getTranslation("editor.online"));
        online.addValueChangeListener(e -> showPlace(!e.getValue()));
        municipality.setLabel(getTranslation("editor.municipality"));
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        street.setLabel(getTranslation("editor.street"));
        street.setMaxLength(Offer.STREET_MAX);
        postalCode.setLabel(getTranslation("editor.postal-code"));
        postalCode.setMaxLength(Offer.POSTAL_CODE_LENGTH);
        postalCode.setAllowedCharPattern("[0-9]");
        placeName.setLabel(getTranslation("editor.place-name"));
        placeName.setHelperText(getTranslation("editor.place-name.hint"));
        placeName.setMaxLength(Offer.PLACE_NAME_MAX);
        wide(municipality, street, postalCode, placeName);
        DeviceDrafts.field(street, "street");
        DeviceDrafts.field(postalCode, "postal-code");
        DeviceDrafts.field(placeName, "place-name");
        add(section("editor.section.where", online, municipality, street, postalCode, placeName));
    }

    private void buildWhen() {
        appointmentOnly.setLabel(getTranslation("editor.appointment-only"));
        Button addSlot = new Button(getTranslation("editor.slot.add"), e -> {
            OfferForm form = read();
            form.weeklySlots.add(null);
            showSlots(form.weeklySlots);
        });
        slots.addClassName("slots");
        add(section("editor.section.when", new Paragraph(getTranslation("editor.slots.hint")), slots, addSlot,
                appointmentOnly));
    }

    private void buildDates() {
        eventKind.setLabel(getTranslation("editor.event.kind"));
        eventKind.setItems(OfferForm.EventKind.values());
        eventKind.setItemLabelGenerator(k -> getTranslation("editor.event.kind." + k.name().toLowerCase().replace('_', '-')));
        eventKind.addValueChangeListener(e -> showEventFields(e.getValue()));
        eventFrom.setLabel(getTranslation("editor.event.from"));
        eventUntil.setLabel(getTranslation("editor.event.until"));
        eventUntil.setHelperText(getTranslation("editor.event.until.hint"));
        for (DatePicker picker : new DatePicker[] {eventFrom, eventUntil}) {
            picker.setLocale(ui.locale());
            picker.setI18n(DatePickers.i18n(ui, this));
        }
        eventDay.setLabel(getTranslation("editor.slot.day"));
        eventDay.setItems(DayOfWeek.values());
        eventDay.setItemLabelGenerator(d -> LocalFormats.weekday(d, ui));
        eventWeek.setLabel(getTranslation("editor.event.week"));
        eventWeek.setItems(1, 2, 3, 4, 5, de.willkommenvorort.offer.EventRule.LAST);
        eventWeek.setItemLabelGenerator(w -> getTranslation("editor.event.week." + (w < 0 ? "last" : w)));
        eventDayOfMonth.setLabel(getTranslation("editor.event.day-of-month"));
        eventDayOfMonth.setItems(java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList());
        eventDayOfMonth.setItemLabelGenerator(d -> com.ibm.icu.text.NumberFormat.getInstance(ui.formatting()).format(d));
        eventStart.setLabel(getTranslation("editor.slot.from"));
        eventEnd.setLabel(getTranslation("editor.event.end"));
        for (TimePicker picker : new TimePicker[] {eventStart, eventEnd}) {
            picker.setLocale(ui.locale());
            picker.setStep(java.time.Duration.ofMinutes(15));
        }
        eventAllDay.setLabel(getTranslation("editor.event.all-day"));
        eventAllDay.addValueChangeListener(e -> showEventFields(eventKind.getValue()));
        Button addDate = new Button(getTranslation("editor.event.add-date"), e -> {
            OfferForm form = read();
            form.eventList.add(new OfferForm.DateInput(null, LocalTime.of(18, 0), null, null));
            showEventList(form.eventList);
        });
        eventList.addClassName("slots");
        Div list = new Div(eventList, addDate);
        list.addClassName("event-list");
        scheduled.addClassName("scheduled-dates");
        wide(eventFrom, eventUntil, eventDay, eventWeek, eventDayOfMonth);
        add(section("editor.section.dates", new Paragraph(getTranslation("editor.event.hint")), eventKind, eventWeek,
                eventDay, eventDayOfMonth, eventFrom, eventUntil, eventAllDay, eventStart, eventEnd, list, scheduled));
    }

    private void showEventFields(OfferForm.EventKind kind) {
        OfferForm.EventKind shown = kind == null ? OfferForm.EventKind.NONE : kind;
        boolean series = shown == OfferForm.EventKind.WEEKLY || shown == OfferForm.EventKind.MONTHLY_WEEKDAY
                || shown == OfferForm.EventKind.MONTHLY_DAY;
        eventFrom.setVisible(series || shown == OfferForm.EventKind.SINGLE);
        eventFrom.setLabel(getTranslation(series ? "editor.event.from" : "editor.event.date"));
        eventUntil.setVisible(series);
        eventDay.setVisible(shown == OfferForm.EventKind.WEEKLY || shown == OfferForm.EventKind.MONTHLY_WEEKDAY);
        eventWeek.setVisible(shown == OfferForm.EventKind.MONTHLY_WEEKDAY);
        eventDayOfMonth.setVisible(shown == OfferForm.EventKind.MONTHLY_DAY);
        boolean oneRule = shown != OfferForm.EventKind.NONE && shown != OfferForm.EventKind.LIST;
        eventAllDay.setVisible(oneRule);
        // Hidden, not cleared: unticking "all day" brings back what was typed.
        eventStart.setVisible(oneRule && !eventAllDay.getValue());
        eventEnd.setVisible(oneRule && !eventAllDay.getValue());
        eventList.getParent().ifPresent(p -> p.setVisible(shown == OfferForm.EventKind.LIST));
    }

    private void showEventList(List<OfferForm.DateInput> dates) {
        eventList.removeAll();
        eventRows.clear();
        for (OfferForm.DateInput date : dates) {
            DateRow row = new DateRow(date);
            eventRows.add(row);
            eventList.add(row.row);
        }
    }

    /** The saved dates, each with cancel or restore: that takes effect at once, without review. */
    private void showScheduled(OfferForm form) {
        scheduled.removeAll();
        if (form.id == null || form.scheduled.isEmpty()) {
            return;
        }
        scheduled.add(new H2(getTranslation("editor.event.scheduled")));
        for (int i = 0; i < form.scheduled.size(); i++) {
            OfferForm.ScheduledDate date = form.scheduled.get(i);
            int index = i;
            Div row = new Div();
            row.addClassNames("scheduled-date", date.cancelled() ? "cancelled" : "planned");
            String when = LocalFormats.date(date.date(), ui) + ", "
                    + EventText.savedTime(this, date.start(), date.end(), date.allDay(), ui);
            Span text = new Span(when);
            Button toggle = new Button(getTranslation(date.cancelled() ? "editor.event.restore" : "editor.event.cancel"),
                    e -> {
                        loaded.version = editing.setCancelled(form.id, date.date(), date.start(), !date.cancelled());
                        form.scheduled.set(index, new OfferForm.ScheduledDate(date.date(), date.start(), date.end(),
                                !date.cancelled(), date.municipalityId(), date.allDay()));
                        showScheduled(form);
                    });
            row.add(text);
            if (date.cancelled()) {
                Span badge = new Span(getTranslation("editor.event.cancelled"));
                badge.addClassNames("state", "state-rejected");
                row.add(badge);
            }
            row.add(toggle);
            if (form.eventKind != OfferForm.EventKind.LIST) {
                // Saved with the form (and reviewed like any change), unlike a cancellation.
                ComboBox<MunicipalityRef> elsewhere = new ComboBox<>(getTranslation("editor.event.elsewhere"));
                elsewhere.setItems(municipalities.all());
                elsewhere.setItemLabelGenerator(MunicipalityRef::name);
                elsewhere.setClearButtonVisible(true);
                elsewhere.setValue(date.municipalityId() == null ? null
                        : municipalities.byId(date.municipalityId()).orElse(null));
                elsewhere.addValueChangeListener(e -> {
                    OfferForm.ScheduledDate current = form.scheduled.get(index);
                    form.scheduled.set(index, new OfferForm.ScheduledDate(current.date(), current.start(), current.end(),
                            current.cancelled(), e.getValue() == null ? null : e.getValue().id(), current.allDay()));
                });
                row.add(elsewhere);
            }
            scheduled.add(row);
        }
    }

    private void buildContact() {
        phone.setLabel(getTranslation("editor.phone"));
        phone.setMaxLength(Offer.PHONE_MAX);
        phonePublic.setLabel(getTranslation("editor.phone.public"));
        email.setLabel(getTranslation("editor.email"));
        email.setMaxLength(Offer.EMAIL_MAX);
        emailPublic.setLabel(getTranslation("editor.email.public"));
        emailPublic.setHelperText(getTranslation("editor.email.public.hint"));
        website.setLabel(getTranslation("editor.website"));
        website.setMaxLength(Offer.WEBSITE_MAX);
        wide(phone, email, website);
        DeviceDrafts.field(phone, "phone");
        DeviceDrafts.field(email, "email");
        DeviceDrafts.field(website, "website");
        add(section("editor.section.contact", new Paragraph(getTranslation("editor.contact.hint")), phone, phonePublic,
                email, emailPublic, website));
    }

    private void buildConditions() {
        spoken.setLabel(getTranslation("editor.spoken"));
        spoken.setItems(Language.values());
        spoken.setItemLabelGenerator(this::languageLabel);
        groups.setLabel(getTranslation("editor.groups"));
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation(Labels.targetGroup(g)));
        cost.setLabel(getTranslation("editor.cost"));
        cost.setItems(Cost.values());
        cost.setItemLabelGenerator(c -> getTranslation(Labels.cost(c)));
        registration.setLabel(getTranslation("editor.registration"));
        childcare.setLabel(getTranslation("editor.childcare"));
        wheelchair.setLabel(getTranslation("editor.wheelchair"));
        level.setLabel(getTranslation("editor.level"));
        level.setItems(CourseLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("editor.level.none"));
        level.setHelperText(getTranslation("editor.level.hint"));
        nextStart.setLabel(getTranslation("editor.next-start"));
        validUntil.setLabel(getTranslation("editor.valid-until"));
        validUntil.setHelperText(getTranslation("editor.valid-until.hint"));
        for (DatePicker picker : new DatePicker[] {nextStart, validUntil}) {
            picker.setLocale(ui.locale());
            picker.setI18n(DatePickers.i18n(ui, this));
        }
        wide(level, nextStart, validUntil);
        add(section("editor.section.who", spoken, groups, cost, registration, childcare, wheelchair),
                section("editor.section.course", level, nextStart),
                section("editor.section.valid", validUntil));
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("editor-section");
        section.add(content);
        return section;
    }

    private static void wide(com.vaadin.flow.component.HasSize... fields) {
        for (var field : fields) {
            field.setWidthFull();
        }
    }

    private String languageLabel(Language language) {
        String own = language.ownName();
        String here = LocalFormats.languageName(language.code(), ui);
        return own.equals(here) ? own : own + " (" + here + ")";
    }

    // --- between form and fields ---

    private void fill(OfferForm form) {
        loaded = form;
        CategoryRef chosen = form.categoryId == null ? null : categories.byId(form.categoryId).orElse(null);
        if (chosen != null && !chosen.active()) {
            // A retired category is offered no more, but an offer keeps the one it has.
            List<CategoryRef> withRetired = new ArrayList<>(category.getListDataView().getItems().toList());
            withRetired.add(chosen);
            category.setItems(withRetired);
        }
        category.setValue(chosen);
        Language original = Language.ofCode(form.originalLanguage).orElse(ui);
        if (!served.serves(original)) {
            // Texts written in a language the county no longer serves stay editable.
            List<Language> withOriginal = new ArrayList<>(served.all());
            withOriginal.add(original);
            originalLanguage.setItems(withOriginal);
        }
        originalLanguage.setValue(original);
        showTexts(form);
        online.setValue(form.online);
        municipality.setValue(form.municipalityId == null ? null : municipalities.byId(form.municipalityId).orElse(null));
        street.setValue(form.street);
        postalCode.setValue(form.postalCode);
        placeName.setValue(form.placeName);
        showPlace(!form.online);
        appointmentOnly.setValue(form.appointmentOnly);
        showSlots(new ArrayList<>(form.weeklySlots));
        eventKind.setValue(form.eventKind);
        eventFrom.setValue(form.eventFrom);
        eventUntil.setValue(form.eventUntil);
        eventDay.setValue(form.eventDay);
        eventWeek.setValue(form.eventWeek);
        eventDayOfMonth.setValue(form.eventDayOfMonth);
        eventStart.setValue(form.eventStart);
        eventEnd.setValue(form.eventEnd);
        eventAllDay.setValue(form.eventAllDay);
        showEventList(new ArrayList<>(form.eventList));
        showEventFields(form.eventKind);
        showScheduled(form);
        phone.setValue(form.phone);
        phonePublic.setValue(form.phonePublic);
        email.setValue(form.email);
        emailPublic.setValue(form.emailPublic);
        website.setValue(form.website);
        spoken.setValue(form.spokenLanguages.stream().map(Language::ofCode).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet()));
        groups.setValue(java.util.Set.copyOf(form.targetGroups));
        cost.setValue(form.cost);
        registration.setValue(form.registrationRequired);
        childcare.setValue(form.childcare);
        wheelchair.setValue(form.wheelchairAccessible);
        level.setValue(form.courseLevel);
        nextStart.setValue(form.nextStart);
        validUntil.setValue(form.validUntil);
        showStatus(form);
        showActions(form);
        refreshPreview();
    }

    private OfferForm read() {
        OfferForm form = new OfferForm();
        form.id = loaded.id;
        form.version = loaded.version;
        form.revision = loaded.revision;
        form.state = loaded.state;
        form.categoryId = category.getValue() == null ? null : category.getValue().id();
        form.originalLanguage = originalLanguage.getValue() == null ? ui.code() : originalLanguage.getValue().code();
        textFields.forEach((language, fields) -> {
            OfferForm.Text text = form.text(language);
            text.title = fields.title.getValue();
            text.summary = fields.summary.getValue();
            text.description = fields.description.getValue();
            text.whatToBring = fields.whatToBring.getValue();
            text.status = fields.status;
        });
        form.online = online.getValue();
        form.municipalityId = municipality.getValue() == null ? null : municipality.getValue().id();
        form.street = street.getValue();
        form.postalCode = postalCode.getValue();
        form.placeName = placeName.getValue();
        form.appointmentOnly = appointmentOnly.getValue();
        for (SlotFields slot : slotFields) {
            form.weeklySlots.add(new OfferForm.Slot(slot.day.getValue(), slot.start.getValue(), slot.end.getValue()));
        }
        form.eventKind = eventKind.getValue() == null ? OfferForm.EventKind.NONE : eventKind.getValue();
        form.eventFrom = eventFrom.getValue();
        form.eventUntil = eventUntil.getValue();
        form.eventDay = eventDay.getValue();
        form.eventWeek = eventWeek.getValue() == null ? 1 : eventWeek.getValue();
        form.eventDayOfMonth = eventDayOfMonth.getValue() == null ? 1 : eventDayOfMonth.getValue();
        form.eventStart = eventStart.getValue();
        form.eventEnd = eventEnd.getValue();
        form.eventAllDay = eventAllDay.getValue();
        eventRows.forEach(row -> form.eventList.add(new OfferForm.DateInput(row.date.getValue(), row.start.getValue(),
                row.end.getValue(), row.place.getValue() == null ? null : row.place.getValue().id(),
                row.allDay.getValue())));
        form.scheduled.addAll(loaded.scheduled);
        form.phone = phone.getValue();
        form.phonePublic = phonePublic.getValue();
        form.email = email.getValue();
        form.emailPublic = emailPublic.getValue();
        form.website = website.getValue();
        spoken.getValue().stream().sorted().forEach(l -> form.spokenLanguages.add(l.code()));
        form.targetGroups.addAll(groups.getValue());
        form.cost = cost.getValue();
        form.registrationRequired = registration.getValue();
        form.childcare = childcare.getValue();
        form.wheelchairAccessible = wheelchair.getValue();
        form.courseLevel = level.getValue();
        form.nextStart = nextStart.getValue();
        form.validUntil = validUntil.getValue();
        return form;
    }

    private void showTexts(OfferForm form) {
        texts.removeAll();
        textFields.clear();
        String original = form.originalLanguage;
        form.text(original);
        List<String> order = new ArrayList<>(form.texts.keySet());
        order.sort(Comparator.comparing((String l) -> !l.equals(original)));
        for (String code : order) {
            Language language = Language.ofCode(code).orElse(Language.SOURCE);
            OfferForm.Text text = form.texts.get(code);
            TextFields fields = new TextFields(language, text, code.equals(original));
            textFields.put(code, fields);
            texts.add(fields.box);
        }
        addLanguage.setItems(served.all().stream().filter(l -> !form.texts.containsKey(l.code())).toList());
        addLanguage.setValue(null);
    }

    private void showPlace(boolean atAPlace) {
        municipality.setVisible(atAPlace);
        street.setVisible(atAPlace);
        postalCode.setVisible(atAPlace);
        placeName.setVisible(atAPlace);
    }

    private void showSlots(List<OfferForm.Slot> weekly) {
        slots.removeAll();
        slotFields.clear();
        for (OfferForm.Slot slot : weekly) {
            SlotFields fields = new SlotFields(slot);
            slotFields.add(fields);
            slots.add(fields.row);
        }
    }

    private void showStatus(OfferForm form) {
        status.removeAll();
        if (form.id == null) {
            status.add(new Paragraph(getTranslation("editor.status.new")));
            return;
        }
        Span state = new Span(getTranslation(StateLabels.state(form.state)));
        state.addClassNames("state", "state-" + form.state.name().toLowerCase());
        status.add(state);
        if (form.revision) {
            status.add(new Paragraph(getTranslation("editor.status.revision")));
        } else if (form.state == ReviewState.PUBLISHED || form.state == ReviewState.EXPIRED) {
            status.add(new Paragraph(getTranslation("editor.status.published")));
        }
        if (form.rejectionCode != null) {
            Div rejection = new Div(new Paragraph(getTranslation("my.rejected-because",
                    getTranslation(form.rejectionCode.labelKey()))));
            if (form.rejectionNote != null) {
                Paragraph note = new Paragraph(getTranslation("my.moderator-note", form.rejectionNote));
                note.addClassName("moderator-note");
                rejection.add(note);
            }
            rejection.addClassName("rejection");
            status.add(rejection);
        } else if (form.rejectionNote != null) {
            Paragraph note = new Paragraph(getTranslation("review.my.changes-requested", form.rejectionNote));
            note.addClassNames("moderator-note", "changes-requested");
            status.add(note);
        }
    }

    private void showActions(OfferForm form) {
        actions.removeAll();
        Optional<ReviewState> editedState = form.id == null ? Optional.of(ReviewState.DRAFT)
                : form.revision ? editing.revisionState(form.id) : Optional.of(form.state);
        Button save = new Button(getTranslation("editor.save"), e -> save(false));
        Button submit = new Button(getTranslation(editing.trusted() ? "editor.save-publish" : "editor.save-submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Button showPreview = new Button(getTranslation("editor.preview"), e -> {
            refreshPreview();
            preview.scrollIntoView();
        });
        actions.add(submit, save, showPreview);
        if (form.id != null && editedState.orElse(ReviewState.DRAFT) == ReviewState.SUBMITTED) {
            actions.add(new Button(getTranslation("editor.withdraw"), e -> act(() -> editing.withdraw(form.id))));
        }
        if (form.revision && editedState.orElse(ReviewState.DRAFT) != ReviewState.SUBMITTED) {
            actions.add(new Button(getTranslation("editor.discard-revision"),
                    e -> act(() -> editing.discardRevision(form.id))));
        }
        if (form.id != null) {
            Button archive = new Button(getTranslation("editor.archive"), e -> act(() -> editing.archive(form.id)));
            archive.addThemeVariants(ButtonVariant.ERROR);
            actions.add(archive);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            getUI().ifPresent(ui -> ui.navigate(MyOffersView.class));
        } catch (IllegalStateException e) {
            notice.removeAll();
            notice.add(new Paragraph(getTranslation("editor.state-changed")));
        }
    }

    private void save(boolean submit) {
        notice.removeAll();
        OfferForm form = read();
        FormErrors errors = errors();
        try {
            long id = editing.save(form);
            if (submit) {
                editing.submit(id);
            }
            DeviceDrafts.forget(account, draftId);
            getUI().ifPresent(ui -> ui.navigate(MyOffersView.class));
        } catch (InvalidInput e) {
            Map<String, String> rest = errors.show(e.problems(), this);
            rest.forEach((field, key) -> notice.add(new Paragraph(getTranslation(key))));
            notice.add(new Paragraph(getTranslation("form.check")));
        } catch (ConcurrentEdit e) {
            errors.clear();
            notice.add(new Paragraph(getTranslation("editor.concurrent",
                    LocalFormats.time(e.changedAt().atZone(ZoneId.of("Europe/Berlin")).toLocalTime(), ui))));
            if (form.id != null) {
                notice.add(new Paragraph(MainLayout.routerLink("my/offers/" + form.id,
                        new Span(getTranslation("editor.concurrent.reload")))));
            }
        }
        refreshPreview();
    }

    private FormErrors errors() {
        FormErrors errors = new FormErrors().field("category", category).field("municipality", municipality)
                .field("street", street).field("postalCode", postalCode).field("placeName", placeName)
                .field("phone", phone).field("email", email).field("website", website)
                .field("spokenLanguages", spoken).field("targetGroups", groups).field("cost", cost)
                .field("validUntil", validUntil).field("nextStart", nextStart).field("event", eventKind);
        textFields.forEach((language, fields) -> errors.field("text." + language + ".title", fields.title)
                .field("text." + language + ".summary", fields.summary)
                .field("text." + language + ".description", fields.description)
                .field("text." + language + ".whatToBring", fields.whatToBring));
        for (int i = 0; i < slotFields.size(); i++) {
            errors.field("slot." + i, slotFields.get(i).end);
        }
        return errors;
    }

    /** Shows the form as a newcomer would see it, with the very panel of the public offer page. */
    private void refreshPreview() {
        preview.removeAll();
        preview.add(new H2(getTranslation("editor.preview.title")));
        OfferEditing.Preview shown = editing.preview(read(), ui.code());
        Div phoneFrame = new Div(new OfferDetailsPanel(shown.details(), categories, providers, shown.dates(),
                shown.contactForm()));
        phoneFrame.addClassName("preview-phone");
        preview.add(phoneFrame);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title");
    }

    /** The text fields of one language, with its translation status. */
    private final class TextFields {
        final Section box = new Section();
        final TextField title = new TextField();
        final TextArea summary = new TextArea();
        final TextArea description = new TextArea();
        final TextArea whatToBring = new TextArea();
        final TextStatus status;

        TextFields(Language language, OfferForm.Text text, boolean original) {
            this.status = text.status;
            box.addClassName("editor-language");
            box.getElement().setAttribute("lang", language.code());
            box.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            Span name = new Span(languageLabel(language));
            Span badge = new Span(getTranslation(original ? "editor.text.original"
                    : status == TextStatus.OUTDATED ? "editor.text.outdated" : "editor.text.current"));
            badge.addClassNames("text-status", original ? "text-original"
                    : status == TextStatus.OUTDATED ? "text-outdated" : "text-current");
            H2 heading = new H2(name, badge);
            heading.addClassName("language-heading");
            title.setLabel(getTranslation("editor.text.title"));
            title.setMaxLength(OfferText.TITLE_MAX);
            title.setValue(text.title);
            summary.setLabel(getTranslation("editor.text.summary"));
            summary.setMaxLength(OfferText.SUMMARY_MAX);
            summary.setValue(text.summary);
            description.setLabel(getTranslation("editor.text.description"));
            description.setMaxLength(OfferText.DESCRIPTION_MAX);
            description.setHelperText(getTranslation("editor.text.description.hint"));
            description.setValue(text.description);
            whatToBring.setLabel(getTranslation("editor.text.what-to-bring"));
            whatToBring.setMaxLength(OfferText.WHAT_TO_BRING_MAX);
            whatToBring.setHelperText(getTranslation("editor.text.what-to-bring.hint"));
            whatToBring.setValue(text.whatToBring);
            List<TextArea> areas = List.of(summary, description, whatToBring);
            wide(title, summary, description, whatToBring);
            DeviceDrafts.field(title, TEXT_DRAFTS.get(0) + "-" + language.code());
            for (int i = 0; i < areas.size(); i++) {
                DeviceDrafts.field(areas.get(i), TEXT_DRAFTS.get(i + 1) + "-" + language.code());
            }
            // The preview follows each field as soon as it is left (Vaadin's change event).
            title.addValueChangeListener(e -> refreshPreview());
            areas.forEach(area -> area.addValueChangeListener(e -> refreshPreview()));
            box.add(heading, title, summary, description, whatToBring);
            if (language.easyToRead()) {
                box.add(new EasyReadingNote(title, summary, description, whatToBring));
            }
            if (!original) {
                box.add(new Button(getTranslation("editor.text.remove"), e -> {
                    OfferForm form = read();
                    form.texts.remove(language.code());
                    showTexts(form);
                }));
            }
        }
    }

    /** One date of a list: day, all day or from and to (optional). */
    private final class DateRow {
        final Div row = new Div();
        final DatePicker date = new DatePicker();
        final Checkbox allDay = new Checkbox();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final ComboBox<MunicipalityRef> place = new ComboBox<>();

        DateRow(OfferForm.DateInput input) {
            row.addClassName("slot");
            date.setLabel(getTranslation("editor.event.date"));
            date.setLocale(ui.locale());
            date.setI18n(DatePickers.i18n(ui, OfferEditorView.this));
            start.setLabel(getTranslation("editor.slot.from"));
            end.setLabel(getTranslation("editor.event.end"));
            for (TimePicker picker : new TimePicker[] {start, end}) {
                picker.setLocale(ui.locale());
                picker.setStep(java.time.Duration.ofMinutes(15));
            }
            date.setValue(input.date());
            start.setValue(input.start());
            end.setValue(input.end());
            allDay.setLabel(getTranslation("editor.event.all-day"));
            allDay.addValueChangeListener(e -> {
                start.setVisible(!e.getValue());
                end.setVisible(!e.getValue());
            });
            allDay.setValue(input.allDay());
            place.setLabel(getTranslation("editor.event.elsewhere"));
            place.setItems(municipalities.all());
            place.setItemLabelGenerator(MunicipalityRef::name);
            place.setClearButtonVisible(true);
            place.setValue(input.municipalityId() == null ? null : municipalities.byId(input.municipalityId()).orElse(null));
            Button remove = new Button(getTranslation("editor.event.remove-date"), e -> {
                OfferForm form = read();
                form.eventList.remove(eventRows.indexOf(this));
                showEventList(form.eventList);
            });
            row.add(date, allDay, start, end, place, remove);
        }
    }

    /** One weekly consultation hour: day, from, to. */
    private final class SlotFields {
        final Div row = new Div();
        final Select<DayOfWeek> day = new Select<>();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();

        SlotFields(OfferForm.Slot slot) {
            row.addClassName("slot");
            day.setLabel(getTranslation("editor.slot.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> LocalFormats.weekday(d, ui));
            start.setLabel(getTranslation("editor.slot.from"));
            end.setLabel(getTranslation("editor.slot.to"));
            for (TimePicker picker : new TimePicker[] {start, end}) {
                picker.setLocale(ui.locale());
                picker.setStep(java.time.Duration.ofMinutes(15));
            }
            if (slot != null) {
                day.setValue(slot.day());
                start.setValue(slot.start());
                end.setValue(slot.end());
            } else {
                day.setValue(DayOfWeek.MONDAY);
                start.setValue(LocalTime.of(9, 0));
                end.setValue(LocalTime.of(12, 0));
            }
            Button remove = new Button(getTranslation("editor.slot.remove"), e -> {
                OfferForm form = read();
                int index = slotFields.indexOf(this);
                form.weeklySlots.remove(index);
                showSlots(form.weeklySlots);
            });
            row.add(day, start, end, remove);
        }
    }
}
