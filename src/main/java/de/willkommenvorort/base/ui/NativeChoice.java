package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Consumer;

/**
 * A plain HTML {@code <select>}: the phone's own picker, no web component in the bundle, and a
 * small footprint in the session. Options are value/label pairs; labels come from the caller.
 */
@Tag("select")
public class NativeChoice extends Component implements HasStyle {

    /** One choice: the value sent back, and the label shown. */
    public record Option(String value, String label) {
    }

    public NativeChoice(String id, List<Option> options, String selected) {
        setId(id);
        for (Option option : options) {
            Element element = new Element("option").setAttribute("value", option.value()).setText(option.label());
            if (option.value().equals(selected)) {
                element.setAttribute("selected", true);
            }
            getElement().appendChild(element);
        }
        getElement().setProperty("value", selected);
    }

    /** Calls back with the new value whenever the newcomer picks another option. */
    public void onChange(Consumer<String> listener) {
        getElement().addPropertyChangeListener("value", "change",
                event -> listener.accept(String.valueOf(event.getValue())));
    }

    public String getValue() {
        return getElement().getProperty("value", "");
    }
}
