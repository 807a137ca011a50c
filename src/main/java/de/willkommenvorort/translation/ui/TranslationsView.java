package de.willkommenvorort.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.PlainText;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.translation.TranslationWork;
import de.willkommenvorort.translation.TranslationWork.Proposal;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * {@code staff/translations}: the XLIFF file of what a served language lacks, for an agency; the
 * import of the translated file; and the translations waiting for a decision, each beside its
 * German. Nothing imported is public before someone approves it here.
 */
@Route(value = TranslationsView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
class TranslationsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/translations";
    private static final int MAX_FILE = 10 * 1024 * 1024;

    private final TranslationWork work;
    private final Language ui;
    private final Select<Language> language = new Select<>();
    private final Div download = new Div();
    private final Div report = new Div();
    private final Div proposals = new Div();
    private volatile byte[] received;

    TranslationsView(TranslationWork work, ServedLanguages served) {
        this.work = work;
        this.ui = Language.of(getLocale());
        addClassNames("page", "translations-page");
        language.setLabel(getTranslation("translation.staff.language"));
        language.setItems(served.all().stream().filter(l -> l != Language.SOURCE).toList());
        language.setItemLabelGenerator(l -> LocalFormats.languageName(l.code(), ui));
        language.addValueChangeListener(e -> showDownload());
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

        add(new H1(getTranslation("translation.staff.title")), new Paragraph(getTranslation("translation.staff.hint")),
                language, download, upload, report, new H2(getTranslation("translation.proposals.title")), proposals);
        showDownload();
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
        proposals.removeAll();
        var open = work.open();
        if (open.isEmpty()) {
            proposals.add(new Paragraph(getTranslation("translation.proposals.empty")));
            return;
        }
        for (Proposal proposal : open) {
            proposals.add(proposal(proposal));
        }
    }

    private Section proposal(Proposal proposal) {
        Section box = new Section();
        box.addClassName("translation-proposal");
        H3 heading = new H3(proposal.german().title());
        heading.getElement().setAttribute("lang", "de");
        Span facts = new Span(getTranslation("translation.proposals.from",
                LocalFormats.languageName(proposal.language(), ui),
                LocalFormats.date(proposal.proposedAt().atZone(CountyTime.ZONE).toLocalDate(), ui), proposal.proposedBy()));
        facts.addClassName("translation-facts");
        Div german = column(getTranslation("translation.proposals.german"), "de", proposal.german().title(),
                proposal.german().summary(), proposal.german().description());
        Div translated = column(LocalFormats.languageName(proposal.language(), ui), proposal.language(),
                proposal.title(), proposal.summary(), proposal.description());
        Div columns = new Div(german, translated);
        columns.addClassName("translation-columns");
        box.add(heading, facts, columns);
        if (proposal.sourceChanged()) {
            Paragraph changed = new Paragraph(getTranslation("translation.proposals.source-changed"));
            changed.addClassName("form-notice");
            box.add(changed);
        }
        TextField note = new TextField(getTranslation("translation.proposals.reject.note"));
        note.setMaxLength(500);
        Button approve = new Button(getTranslation("translation.proposals.approve"), e -> {
            boolean approved = work.approve(proposal.id());
            notice(approved ? "translation.proposals.approved" : "translation.proposals.source-changed");
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setEnabled(!proposal.sourceChanged());
        Button refuse = new Button(getTranslation("translation.proposals.reject"), e -> {
            work.refuse(proposal.id(), note.getValue());
            notice("translation.proposals.rejected");
        });
        Div actions = new Div(approve, note, refuse);
        actions.addClassName("translation-actions");
        box.add(actions);
        return box;
    }

    private void notice(String key) {
        report.removeAll();
        report.add(new Paragraph(getTranslation(key)));
        showDownload();
        showProposals();
    }

    private static Div column(String label, String languageCode, String title, String summary, String description) {
        Span name = new Span(label);
        name.addClassName("field-label");
        PlainText titleText = new PlainText(title, languageCode);
        titleText.addClassName("translation-title");
        Div column = new Div(name, titleText, new PlainText(summary, languageCode), new PlainText(description, languageCode));
        column.addClassName("translation-column");
        return column;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.staff.title");
    }
}
