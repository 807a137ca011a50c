package de.willkommenvorort.calendarimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.SecondClick;
import de.willkommenvorort.calendarimport.CalendarImport;
import de.willkommenvorort.calendarimport.CalendarImport.Report;
import de.willkommenvorort.calendarimport.CalendarSources;
import de.willkommenvorort.calendarimport.CalendarSources.Source;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.provider.ProviderProfile;
import de.willkommenvorort.provider.ProviderService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list of imported calendars with what the last import of each did, reading one now or from an
 * uploaded file, and adding or removing one: for administrators every calendar
 * ({@link CalendarsView}), for a provider staff trust its own ({@link MyCalendarsView}).
 */
abstract class CalendarSourcesPage extends Div implements HasDynamicTitle {

    private static final long MAX_FILE = 5L * 1024 * 1024;

    protected final CalendarSources sources;
    private final boolean admin;
    private final CalendarImport calendarImport;
    private final Language language;
    private final Map<Long, String> providerNames;
    protected final Map<Long, String> categoryNames;
    protected final Map<Long, String> municipalityNames;
    private final List<CategoryRef> categoryList;
    private final List<MunicipalityRef> municipalityList;
    private final List<ProviderProfile> providerList;
    private final Div notice = new Div();
    private final Section form = new Section();
    private final Div sourceList = new Div();
    private boolean mayImport;

    CalendarSourcesPage(CalendarSources sources, boolean admin, CalendarImport calendarImport,
                        ProviderService providers, CategoryService categories, MunicipalityService municipalities) {
        this.sources = sources;
        this.admin = admin;
        this.calendarImport = calendarImport;
        this.language = Language.of(getLocale());
        this.providerList = providers.organisations();
        this.categoryList = categories.all();
        this.municipalityList = municipalities.all();
        this.providerNames = providerList.stream().collect(Collectors.toMap(ProviderProfile::id, ProviderProfile::name));
        this.categoryNames = categoryList.stream().collect(Collectors.toMap(CategoryRef::id, c -> c.name(language)));
        this.municipalityNames = municipalityList.stream()
                .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
        addClassNames("page", "catalogue-page", "calendars-page");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        sourceList.addClassName("catalogue-list");
    }

    /** The notice, the way to add and import calendars (where {@code mayAdd}), and the list. */
    protected void addSources(boolean mayAdd) {
        this.mayImport = mayAdd;
        add(notice);
        if (mayAdd) {
            buildForm();
            Button add = new Button(getTranslation("calendar.source.add"), e -> form.setVisible(true));
            add.addClassName("catalogue-add");
            add(add, form);
        }
        add(sourceList);
        showSources();
    }

    /** The calendars shown: all of them, or the provider's own. */
    protected abstract List<Source> shown();

    /** Adds what the form holds; a wrong field is an {@link InvalidInput}. */
    protected abstract void addSource(CalendarSources.NewSource source);

    protected abstract void removeSource(Source source);

    private void buildForm() {
        TextField name = new TextField(getTranslation("calendar.source.name"));
        name.setMaxLength(CalendarSources.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        TextField url = new TextField(getTranslation("calendar.source.url"));
        url.setHelperText(getTranslation("calendar.source.url.hint"));
        url.setMaxLength(CalendarSources.URL_MAX);
        url.getElement().setAttribute("inputmode", "url");
        ComboBox<ProviderProfile> provider = new ComboBox<>(getTranslation("calendar.source.provider"));
        provider.setItems(providerList);
        provider.setItemLabelGenerator(ProviderProfile::name);
        provider.setRequiredIndicatorVisible(true);
        Select<CategoryRef> category = select("calendar.source.category", categoryList, c -> c.name(language));
        Select<MunicipalityRef> municipality = select("calendar.source.municipality", municipalityList,
                MunicipalityRef::name);
        Select<Cost> cost = select("calendar.source.cost", List.of(Cost.values()), this::costLabel);
        cost.setValue(Cost.FREE);
        Checkbox trusted = new Checkbox(getTranslation("calendar.source.trusted"));
        Paragraph trustedHint = new Paragraph(getTranslation("calendar.source.trusted.hint"));
        trustedHint.addClassName("field-hint");
        FormErrors errors = new FormErrors().field("name", name).field("url", url).field("provider", provider)
                .field("category", category).field("municipality", municipality);
        Button save = new Button(getTranslation("catalogue.save"), e -> {
            try {
                addSource(new CalendarSources.NewSource(name.getValue(), url.getValue(),
                        provider.getOptionalValue().map(ProviderProfile::id).orElse(null),
                        category.getOptionalValue().map(CategoryRef::id).orElse(null),
                        municipality.getOptionalValue().map(MunicipalityRef::id).orElse(null), cost.getValue(),
                        trusted.getValue()));
                errors.clear();
                say(getTranslation("calendar.source.added", name.getValue().strip()));
                form.setVisible(false);
                name.clear();
                url.clear();
                showSources();
            } catch (InvalidInput invalid) {
                errors.show(invalid.problems(), this);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("catalogue.cancel"), e -> form.setVisible(false));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("catalogue-actions");
        Div fields = admin ? new Div(name, url, provider, category, municipality, cost, trusted, trustedHint)
                : new Div(name, url, category, municipality, cost);
        fields.addClassName("catalogue-fields");
        form.addClassNames("editor-section", "catalogue-form");
        form.add(new H2(getTranslation("calendar.source.add")), fields, buttons);
        form.setVisible(false);
    }

    private void showSources() {
        sourceList.removeAll();
        List<Source> all = shown();
        if (all.isEmpty()) {
            sourceList.add(new Paragraph(getTranslation("calendar.sources.empty")));
        }
        for (Source source : all) {
            sourceList.add(row(source));
        }
    }

    private Div row(Source source) {
        Span title = new Span(source.name());
        title.addClassName("catalogue-name-text");
        Span where = new Span(source.url().orElseGet(() -> getTranslation("calendar.source.upload-only")));
        where.addClassName("catalogue-meta");
        Span whose = new Span(getTranslation("calendar.source.becomes", providerNames.getOrDefault(source.providerId(), ""),
                categoryNames.getOrDefault(source.categoryId(), ""),
                municipalityNames.getOrDefault(source.municipalityId(), "")));
        whose.addClassName("catalogue-meta");
        Span trust = new Span(getTranslation(source.trusted() ? "calendar.source.trusted.yes" : "calendar.source.trusted.no"));
        trust.addClassNames("review-kind", source.trusted() ? "reminded" : "not-reminded");
        Div text = new Div(title, where, whose, trust);
        text.addClassName("catalogue-text");
        Div report = new Div();
        report.addClassName("calendar-report");
        source.lastReport().map(Report::of).ifPresent(last -> showReport(report, source, last));

        Div buttons = new Div();
        buttons.addClassName("catalogue-actions");
        if (mayImport && source.url().isPresent()) {
            Button now = new Button(getTranslation("calendar.source.import-now"), e -> {
                Report done = calendarImport.importNow(source.id());
                say(getTranslation("calendar.source.imported", source.name()));
                showReport(report, sources.byId(source.id()).orElse(source), done);
            });
            now.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(now);
        }
        if (mayImport) {
            buttons.add(upload(source, report));
        }
        if (admin) {
            buttons.add(new Button(getTranslation(source.trusted() ? "calendar.source.untrust" : "calendar.source.trust"),
                    e -> {
                        sources.trust(source.id(), !source.trusted());
                        showSources();
                    }));
        }
        Button remove = SecondClick.button(getTranslation("calendar.source.remove"),
                getTranslation("calendar.source.remove.confirm", source.name()), () -> {
                    removeSource(source);
                    say(getTranslation("calendar.source.removed", source.name()));
                    showSources();
                });
        buttons.add(remove);
        Div row = new Div(text, report, buttons);
        row.addClassName("catalogue-row");
        return row;
    }

    private Upload upload(Source source, Div report) {
        byte[][] received = new byte[1][];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received[0] = data));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE);
        upload.setAcceptedFileTypes(".ics", ".ical", "text/calendar");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("calendar.source.upload")));
        upload.addClassName("calendar-upload");
        upload.addFileRejectedListener(e -> showReport(report, source, new Report(0, 0, 0, 0, List.of(), "not-a-calendar")));
        upload.addAllFinishedListener(e -> {
            byte[] data = received[0];
            received[0] = null;
            upload.clearFileList();
            if (data != null) {
                Report done = calendarImport.importFile(source.id(), new ByteArrayInputStream(data));
                showReport(report, sources.byId(source.id()).orElse(source), done);
            }
        });
        return upload;
    }

    /** What the last import did, in words: counts, then each event not imported with why. */
    private void showReport(Div report, Source source, Report last) {
        report.removeAll();
        source.importedAt().ifPresent(when -> report.add(new Paragraph(getTranslation("calendar.report.when",
                LocalFormats.date(when.atZone(CountyTime.ZONE).toLocalDate(), language)))));
        if (last.failure() != null) {
            Paragraph failed = new Paragraph(getTranslation("calendar.report.failed." + last.failure()));
            failed.getElement().setAttribute("role", "alert");
            report.add(failed);
            return;
        }
        report.add(new Paragraph(getTranslation("calendar.report.counts", last.created(), last.changed(),
                last.unchanged(), last.cancelled())));
        if (!last.skipped().isEmpty()) {
            UnorderedList skipped = new UnorderedList();
            for (Report.Skip skip : last.skipped()) {
                skipped.add(new ListItem(getTranslation("calendar.report.skipped."
                        + skip.why().name().toLowerCase(Locale.ROOT).replace('_', '-'), skip.title())));
            }
            report.add(new Paragraph(getTranslation("calendar.report.skipped")), skipped);
        }
    }

    protected <T> Select<T> select(String labelKey, List<T> items, Function<T, String> label) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(label::apply);
        return select;
    }

    private String costLabel(Cost cost) {
        return getTranslation("cost." + cost.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void say(String text) {
        notice.removeAll();
        notice.add(new Paragraph(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
