package de.willkommenvorort.provider.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.CountyTime;
import de.willkommenvorort.base.ui.SecondClick;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.provider.ProviderProfile;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * {@code /staff/providers}: every provider, and whether staff trust it. A trusted organisation's
 * new offers and changes go public at once and wait in the queue of offers to check afterwards;
 * withdrawing the trust (with a second click) sends its next ones through review again. Each
 * change is in the audit log.
 */
@Route(value = ProvidersView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class ProvidersView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/providers";

    private final ProviderService providers;
    private final Language language;
    private final TextField filter = new TextField();
    private final Div notice = new Div();
    private final Div list = new Div();

    ProvidersView(ProviderService providers) {
        this.providers = providers;
        this.language = Language.of(getLocale());
        addClassNames("page", "catalogue-page", "providers-page");
        filter.setLabel(getTranslation("provider.staff.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> show());
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        list.addClassName("catalogue-list");
        add(new H1(getTranslation("provider.staff.title")), new Paragraph(getTranslation("provider.staff.hint")),
                notice, filter, list);
        show();
    }

    private void show() {
        list.removeAll();
        String wanted = filter.getValue().strip().toLowerCase(Locale.GERMAN);
        var shown = providers.all().stream().filter(p -> p.name().toLowerCase(Locale.GERMAN).contains(wanted)).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("provider.staff.empty")));
        }
        shown.forEach(provider -> list.add(row(provider)));
    }

    private Div row(ProviderProfile provider) {
        Span name = new Span(provider.name());
        name.addClassName("catalogue-name-text");
        Span kind = new Span(getTranslation("hsds.kind." + provider.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        kind.addClassName("catalogue-meta");
        Span trust = new Span(provider.trustedSince()
                .map(since -> getTranslation("provider.staff.trusted-since",
                        LocalFormats.date(since.atZone(CountyTime.ZONE).toLocalDate(), language)))
                .orElseGet(() -> getTranslation("provider.staff.not-trusted")));
        trust.addClassNames("review-kind", provider.trusted() ? "reminded" : "not-reminded", "provider-trust");
        Div text = new Div(name, kind, trust);
        text.addClassName("catalogue-text");
        Div buttons = new Div();
        buttons.addClassName("catalogue-actions");
        if (provider.trusted()) {
            buttons.add(SecondClick.button(getTranslation("provider.staff.withdraw"),
                    getTranslation("provider.staff.withdraw.confirm", provider.name()), () -> {
                        providers.trust(provider.id(), false);
                        say(getTranslation("provider.staff.withdrawn", provider.name()));
                        show();
                    }));
        } else {
            Button trustButton = new Button(getTranslation("provider.staff.trust"), e -> {
                providers.trust(provider.id(), true);
                say(getTranslation("provider.staff.trusted", provider.name()));
                show();
            });
            trustButton.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(trustButton);
        }
        Div row = new Div(text, buttons);
        row.addClassNames("catalogue-row", "provider-row");
        return row;
    }

    private void say(String text) {
        notice.removeAll();
        notice.add(new Paragraph(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider.staff.title");
    }
}
