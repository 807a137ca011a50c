package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * Plain HTML forms for server pages ({@link ServerPage}): what the browser sends by itself, with
 * no script and no web component. A filter or a search is a GET form, so its result has an
 * address that can be shared, reloaded and kept offline. Values are attributes, so the markup the
 * server writes is exactly what the phone shows.
 */
public final class Forms {

    /** Marks a form whose fields apply as soon as they change (page.js sends it; without script, its button does). */
    public static final String APPLY_ON_CHANGE = "data-apply-on-change";

    private Forms() {
    }

    /** One choice of a {@link #select}: the value sent, the label shown. */
    public record Option(String value, String label) {
    }

    /** A GET form to an address inside the app. */
    public static HtmlContainer get(String action, Component... content) {
        HtmlContainer form = new HtmlContainer("form", content);
        form.getElement().setAttribute("method", "get");
        form.getElement().setAttribute("action", action);
        return form;
    }

    /** A POST form to an address inside the app (no Vaadin round trip). */
    public static HtmlContainer post(String action, Component... content) {
        HtmlContainer form = new HtmlContainer("form", content);
        form.getElement().setAttribute("method", "post");
        form.getElement().setAttribute("action", action);
        return form;
    }

    /** A text input; {@code value} as typed before (kept on the page). */
    public static HtmlComponent input(String type, String id, String name, String value) {
        HtmlComponent input = new HtmlComponent("input");
        input.getElement().setAttribute("type", type);
        if (id != null) {
            input.setId(id);
        }
        input.getElement().setAttribute("name", name);
        if (value != null && !value.isEmpty()) {
            input.getElement().setAttribute("value", value);
        }
        return input;
    }

    /** The current filter carried along by another form (e.g. the search keeps the filter). */
    public static HtmlComponent hidden(String name, String value) {
        return input("hidden", null, name, value);
    }

    /** Every parameter as a hidden field, in order. */
    public static List<HtmlComponent> hidden(Map<String, String> params) {
        return params.entrySet().stream().map(e -> hidden(e.getKey(), e.getValue())).toList();
    }

    /** The phone's own picker; the option with {@code selected} as value is chosen. */
    public static HtmlContainer select(String id, String name, List<Option> options, String selected) {
        HtmlContainer select = new HtmlContainer("select");
        select.setId(id);
        select.getElement().setAttribute("name", name);
        select.addClassName("native-select");
        for (Option option : options) {
            HtmlContainer element = new HtmlContainer("option");
            element.getElement().setAttribute("value", option.value());
            element.getElement().setText(option.label());
            if (option.value().equals(selected)) {
                element.getElement().setAttribute("selected", true);
            }
            select.add(element);
        }
        return select;
    }

    /** A visible label for a field. */
    public static NativeLabel label(String forId, String text) {
        NativeLabel label = new NativeLabel(text);
        label.setFor(forId);
        label.addClassName("field-label");
        return label;
    }

    /** A check box inside its label, the whole row a touch target. */
    public static NativeLabel checkbox(String id, String name, String text, boolean checked) {
        HtmlComponent box = input("checkbox", id, name, "1");
        if (checked) {
            box.getElement().setAttribute("checked", true);
        }
        NativeLabel label = new NativeLabel();
        label.add(box, new Span(text));
        label.addClassName("check-field");
        return label;
    }

    /** The button that sends a form. */
    public static NativeButton submit(String text, String className) {
        NativeButton button = new NativeButton(text);
        button.getElement().setAttribute("type", "submit");
        button.addClassName(className);
        return button;
    }

    /**
     * A piece of text isolated from the text around it, so that a German name, an address or a
     * number keeps its own order inside a right-to-left page (and the other way round).
     */
    public static HtmlContainer isolated(String text) {
        HtmlContainer bdi = new HtmlContainer("bdi");
        bdi.getElement().setText(text);
        return bdi;
    }
}
