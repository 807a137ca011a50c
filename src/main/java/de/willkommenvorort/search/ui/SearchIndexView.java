package de.willkommenvorort.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.search.SearchIndexing;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * {@code /staff/search}: how many offers the search index holds, and a rebuild an administrator
 * starts and watches (the page asks the server for the progress every second while it runs).
 */
@Route(value = SearchIndexView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class SearchIndexView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/search";
    private static final int POLL_MILLIS = 1000;
    private static final ZoneId COUNTY = ZoneId.of("Europe/Berlin");

    private final SearchIndexing indexing;
    private final Language language;
    private final Paragraph indexed = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Button rebuild;
    private Registration polling;

    SearchIndexView(SearchIndexing indexing) {
        this.indexing = indexing;
        this.language = Language.of(getLocale());
        addClassNames("page", "catalogue-page", "search-index-page");
        indexed.addClassName("search-index-count");
        state.addClassName("search-index-state");
        state.getElement().setAttribute("role", "status");
        bar.getElement().setAttribute("aria-label", getTranslation("search.admin.progress"));
        rebuild = new Button(getTranslation("search.admin.rebuild"), e -> start());
        rebuild.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("search.admin.title")), new Paragraph(getTranslation("search.admin.hint")),
                indexed, rebuild, bar, state);
        show();
    }

    private void start() {
        if (!indexing.rebuild()) {
            state.setText(getTranslation("search.admin.already-running"));
        }
        show();
    }

    private void show() {
        SearchIndexing.Progress progress = indexing.progress();
        indexed.setText(getTranslation("search.admin.indexed", indexing.indexed()));
        rebuild.setEnabled(!progress.running());
        bar.setVisible(progress.running());
        bar.setValue(progress.percent());
        if (progress.running()) {
            state.setText(getTranslation("search.admin.running", progress.done(), progress.total(),
                    progress.percent()));
        } else if (progress.failure().isPresent()) {
            state.setText(getTranslation("search.admin.failed", progress.failure().get()));
        } else if (progress.finished().isPresent()) {
            var at = progress.finished().get().atZone(COUNTY);
            state.setText(getTranslation("search.admin.done", LocalFormats.date(at.toLocalDate(), language),
                    LocalFormats.time(at.toLocalTime(), language), progress.done()));
        } else {
            state.setText("");
        }
        getUI().ifPresent(ui -> ui.setPollInterval(progress.running() ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> show());
        show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title") + " – " + getTranslation("app.name");
    }
}
