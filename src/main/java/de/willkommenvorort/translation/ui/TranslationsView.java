package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.TranslationQueue;
import de.willkommenvorort.translation.TranslationReview;
import de.willkommenvorort.translation.TranslationWork;
import de.willkommenvorort.translation.Translators;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * {@code staff/translations}: per served language, the texts it lacks, some of which staff ask
 * its volunteer translators for; the XLIFF file of them for an agency and the import of the
 * translated file; and the translations waiting for a decision, each beside its German. Nothing
 * translated is public before someone approves it here (or a translator trusted with the language).
 */
@Route(value = TranslationsView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class TranslationsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/translations";
    private static final int MAX_FILE = 10 * 1024 * 1024;

    private final TranslationWork work;
    private final TranslationReview review;
    private final TranslationQueue queue;
    private final Translators translators;
    private final Language ui;
    private final Select<Language> language = new Select<>();
    private final Div download = new Div();
    private final Div asking = new Div();
    private final Div report = new Div();
    private final Div proposals = new Div();
    private volatile byte[] received;

    TranslationsView(TranslationWork work, TranslationReview review, TranslationQueue queue, Translators translators,
                     ServedLanguages served) {
        this.work = work;
        this.review = review;
        this.queue = queue;
        this.translators = translators;
        this.ui = Language.of(getLocale());
        addClassNames("page", "translations-page");
        language.setLabel(getTranslation("translation.staff.language"));
        language.setItems(served.all().stream().filter(l -> l != Language.SOURCE).toList());
        language.setItemLabelGenerator(l -> LocalFormats.languageName(l.code(), ui));
        language.addValueChangeListener(e -> {
            showDownload();
            showAsking();
        });
        served.all().stream().filter(l -> l != Language.SOURCE).findFirst().ifPresent(language::setValue);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received = data));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE);
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml");
        upload.setDropAllowed(false);
        Button choose = new Button(getTranslation("translation.staff.upload"));
        upload.setUploadButton(choose);
        upload.addClassName("translations-upload");
        upload.addFileRejectedListener(e -> showReport(new TranslationWork.ImportReport(0, 1,
                java.util.List.of(new TranslationWork.Message("translation.import.not-xliff", java.util.List.of())))));
        upload.addAllFinishedListener(e -> {
            byte[] data = received;
            received = null;
            upload.clearFileList();
            if (data != null) {
                showReport(work.importFile(new ByteArrayInputStream(data)));
                showDownload();
                showProposals();
            }
        });
        report.addClassName("form-notice");
        report.getElement().setAttribute("role", "status");

        Anchor people = MainLayout.routerLink(TranslatorsView.ROUTE, new Span(getTranslation("translator.staff.title")));
        add(new H1(getTranslation("translation.staff.title")), new Paragraph(getTranslation("translation.staff.intro")),
                people, language, report, new H2(getTranslation("translation.request.title")), asking,
                new H2(getTranslation("translation.staff.agency")), new Paragraph(getTranslation("translation.staff.hint")),
                download, upload, new H2(getTranslation("translation.proposals.title")), proposals);
        showDownload();
        showAsking();
        showProposals();
    }

    private void showDownload() {
        download.removeAll();
        Language chosen = language.getValue();
        if (chosen == null) {
            return;
        }
        int wanted = work.wanted(chosen);
        if (wanted == 0) {
            download.add(new Paragraph(getTranslation("translation.staff.download", 0)));
            return;
        }
        Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xliff = work.export(chosen);
            return new DownloadResponse(new ByteArrayInputStream(xliff), "willkommen-vor-ort-" + chosen.code() + ".xlf",
                    "application/xliff+xml", xliff.length);
        }), getTranslation("translation.staff.download", wanted));
        file.addClassName("primary-link");
        file.getElement().setAttribute("download", true);
        download.add(file);
    }

    private void showReport(TranslationWork.ImportReport result) {
        report.removeAll();
        report.add(new Paragraph(getTranslation("translation.import.done", result.proposed(), result.refused())));
        if (!result.messages().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            result.messages().forEach(m -> problems.add(new ListItem(getTranslation(m.key(), m.arguments().toArray()))));
            report.add(problems);
        }
    }

    private void showProposals() {
        ProposalBox.fill(proposals, review, ui, this::notice);
    }

    /** The texts the chosen language lacks, to ask its translators for some of them. */
    private void showAsking() {
        asking.removeAll();
        Language chosen = language.getValue();
        if (chosen == null) {
            return;
        }
        asking.add(new Paragraph(getTranslation("translation.request.translators", translators.countFor(chosen.code()),
                LocalFormats.languageName(chosen.code(), ui))));
        List<TranslationQueue.Item> items = queue.queue(chosen);
        if (items.isEmpty()) {
            asking.add(new Paragraph(getTranslation("translation.queue.empty")));
            return;
        }
        CheckboxGroup<TranslationQueue.Item> texts = new CheckboxGroup<>(getTranslation("translation.request.texts"));
        texts.setItems(items);
        texts.setItemLabelGenerator(item -> QueueLabels.item(this, item));
        texts.setItemEnabledProvider(item -> !item.requested());
        texts.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        texts.addClassName("translation-request-texts");
        TextField note = new TextField(getTranslation("translation.request.note"));
        note.setMaxLength(TranslationQueue.NOTE_MAX);
        note.setWidthFull();
        Button ask = new Button(getTranslation("translation.request.send"), e -> {
            if (texts.getValue().isEmpty()) {
                texts.setInvalid(true);
                texts.setErrorMessage(getTranslation("translation.request.choose"));
                return;
            }
            int added = queue.request(chosen, texts.getValue().stream().map(i -> i.source().ref()).toList(), note.getValue());
            report.removeAll();
            report.add(new Paragraph(getTranslation("translation.request.sent", added,
                    LocalFormats.languageName(chosen.code(), ui))));
            showAsking();
        });
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        asking.add(texts, note, ask);
    }

    private void notice(String key) {
        report.removeAll();
        report.add(new Paragraph(getTranslation(key)));
        showDownload();
        showAsking();
        showProposals();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.staff.title");
    }
}
