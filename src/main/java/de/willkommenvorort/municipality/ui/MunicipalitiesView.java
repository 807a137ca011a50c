package de.willkommenvorort.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.willkommenvorort.base.ui.FormErrors;
import de.willkommenvorort.base.ui.SecondClick;
import de.willkommenvorort.base.ui.StaffLayout;
import de.willkommenvorort.municipality.Municipality;
import de.willkommenvorort.municipality.MunicipalityAdmin;
import de.willkommenvorort.municipality.MunicipalityInput;
import de.willkommenvorort.municipality.MunicipalityRefused;
import de.willkommenvorort.municipality.MunicipalityRow;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code /staff/municipalities}: the county's municipalities; adding one, correcting its name,
 * postal code or position, and deleting one that nothing names any more (if something does, the
 * administrator is told why it stays).
 */
@Route(value = MunicipalitiesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class MunicipalitiesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/municipalities";

    private final MunicipalityAdmin admin;
    private final Div notice = new Div();
    private final Section form = new Section();
    private final H2 formTitle = new H2();
    private final TextField name = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField latitude = new TextField();
    private final TextField longitude = new TextField();
    private final FormErrors errors = new FormErrors();
    private final Div list = new Div();
    private Optional<MunicipalityRow> editing = Optional.empty();

    MunicipalitiesView(MunicipalityAdmin admin) {
        this.admin = admin;
        addClassNames("page", "catalogue-page");
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        buildForm();
        Button add = new Button(getTranslation("catalogue.municipality.add"), e -> open(Optional.empty()));
        add.addClassName("catalogue-add");
        list.addClassName("catalogue-list");
        add(new H1(getTranslation("catalogue.municipalities.title")),
                new Paragraph(getTranslation("catalogue.municipalities.hint")), notice, add, form, list);
        showList();
    }

    private void buildForm() {
        name.setLabel(getTranslation("catalogue.municipality.name"));
        name.setMaxLength(Municipality.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        postalCode.setLabel(getTranslation("catalogue.municipality.postal-code"));
        postalCode.setMaxLength(5);
        postalCode.setRequiredIndicatorVisible(true);
        postalCode.getElement().setAttribute("inputmode", "numeric");
        latitude.setLabel(getTranslation("catalogue.municipality.latitude"));
        longitude.setLabel(getTranslation("catalogue.municipality.longitude"));
        latitude.getElement().setAttribute("inputmode", "decimal");
        longitude.getElement().setAttribute("inputmode", "decimal");
        errors.field("name", name).field("postalCode", postalCode).field("latitude", latitude)
                .field("longitude", longitude);
        Button save = new Button(getTranslation("catalogue.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("catalogue.cancel"), e -> form.setVisible(false));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("catalogue-actions");
        Div fields = new Div(name, postalCode, latitude, longitude);
        fields.addClassName("catalogue-fields");
        form.addClassNames("editor-section", "catalogue-form");
        form.add(formTitle, fields, buttons);
        form.setVisible(false);
    }

    private void open(Optional<MunicipalityRow> municipality) {
        editing = municipality;
        errors.clear();
        formTitle.setText(getTranslation(municipality.isPresent() ? "catalogue.municipality.form.edit"
                : "catalogue.municipality.form.add"));
        name.setValue(municipality.map(MunicipalityRow::name).orElse(""));
        postalCode.setValue(municipality.map(MunicipalityRow::postalCode).orElse(""));
        latitude.setValue(municipality.map(MunicipalityRow::latitude).map(BigDecimal::toPlainString).orElse(""));
        longitude.setValue(municipality.map(MunicipalityRow::longitude).map(BigDecimal::toPlainString).orElse(""));
        form.setVisible(true);
        name.focus();
    }

    private void save() {
        MunicipalityInput input = new MunicipalityInput(name.getValue(), postalCode.getValue(), latitude.getValue(),
                longitude.getValue());
        try {
            MunicipalityRow saved = editing.isPresent() ? admin.update(editing.get().id(), input) : admin.add(input);
            form.setVisible(false);
            say("catalogue.saved", saved.name());
            showList();
        } catch (MunicipalityRefused refused) {
            errors.show(refused.problems(), this);
        }
    }

    private void showList() {
        list.removeAll();
        for (MunicipalityRow municipality : admin.list()) {
            list.add(row(municipality));
        }
    }

    private Div row(MunicipalityRow municipality) {
        Span title = new Span(municipality.name());
        title.addClassName("catalogue-name-text");
        Span meta = new Span(municipality.postalCode());
        meta.addClassName("catalogue-meta");
        Div text = new Div(title, meta);
        text.addClassName("catalogue-text");
        Div refusal = new Div();
        refusal.addClassName("form-notice");
        refusal.getElement().setAttribute("role", "alert");
        Button edit = new Button(getTranslation("catalogue.edit"), e -> open(Optional.of(municipality)));
        Button[] delete = new Button[1];
        delete[0] = SecondClick.button(getTranslation("catalogue.municipality.delete"),
                getTranslation("catalogue.municipality.delete.confirm", municipality.name()), () -> {
                    try {
                        admin.delete(municipality.id());
                        say("catalogue.municipality.deleted", municipality.name());
                        showList();
                    } catch (MunicipalityRefused refused) {
                        refusal.removeAll();
                        refused.problems().values().forEach(key -> refusal.add(new Paragraph(getTranslation(key))));
                        delete[0].setEnabled(false);
                    }
                });
        Div buttons = new Div(edit, delete[0]);
        buttons.addClassName("catalogue-actions");
        Div row = new Div(text, buttons, refusal);
        row.addClassName("catalogue-row");
        return row;
    }

    private void say(String key, String municipality) {
        notice.removeAll();
        notice.add(new Paragraph(getTranslation(key, municipality)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.municipalities.title");
    }
}
