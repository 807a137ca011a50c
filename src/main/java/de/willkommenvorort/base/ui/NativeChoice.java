package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTML {@code <select>}: the phone's own picker, no web component in the bundle. Its
 * options are plain data, so they travel as one small JSON array and are built in the browser,
 * instead of as one server-side element each (a third of the home screen's bytes, see
 * docs/decisions/007). Only the chosen value is kept on the server.
 */
@Tag("select")
public class NativeChoice extends Component implements HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One choice: the value sent back, and the label shown. */
    public record Option(String value, String label) {
    }

    private String value;

    public NativeChoice(String id, List<Option> options, String selected) {
        setId(id);
        this.value = selected;
        List<List<String>> pairs = new ArrayList<>();
        options.forEach(o -> pairs.add(List.of(o.value(), o.label())));
        String json = JSON.writeValueAsString(pairs);
        addAttachListener(attach -> getElement().executeJs("""
                this.replaceChildren();
                for (const [v, l] of JSON.parse($0)) {
                  const o = document.createElement('option');
                  o.value = v;
                  o.textContent = l;
                  this.appendChild(o);
                }
                this.value = $1;""", json, value));
        getElement().addPropertyChangeListener("value", "change",
                event -> value = String.valueOf(event.getValue()));
    }

    /** Calls back with the new value whenever the newcomer picks another option. */
    public void onChange(Consumer<String> listener) {
        // The constructor already synchronises "value" on "change"; this only listens on the server.
        getElement().addPropertyChangeListener("value", event -> listener.accept(String.valueOf(event.getValue())));
    }

    public String getValue() {
        return value;
    }
}
