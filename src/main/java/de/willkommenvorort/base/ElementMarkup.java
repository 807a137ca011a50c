package de.willkommenvorort.base;

import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a Vaadin element tree as the HTML a browser would show for it, so that a server page's
 * first response holds the view's own markup (one source, no second template). Hidden elements
 * are left out (nothing could show them without a client); the few properties that HTML knows as
 * attributes (a field's value, a box's checked state, an open disclosure) are written as such;
 * the client router's attributes are dropped because no client router runs.
 */
final class ElementMarkup {

    /** Properties that mean the same as an HTML attribute of that name. */
    private static final Map<String, String> PROPERTY_ATTRIBUTES = Map.of(
            "value", "value", "checked", "checked", "selected", "selected", "open", "open",
            "placeholder", "placeholder", "disabled", "disabled", "required", "required", "name", "name",
            "type", "type", "maxLength", "maxlength");

    private static final Set<String> CLIENT_ONLY = Set.of("router-link", "router-ignore");

    private ElementMarkup() {
    }

    /** The element and its visible children as jsoup nodes of {@code document}; null when hidden. */
    static Node of(Document document, Element element) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        if (!element.isVisible()) {
            return null;
        }
        org.jsoup.nodes.Element target = document.createElement(element.getTag());
        element.getAttributeNames().filter(name -> !CLIENT_ONLY.contains(name)).forEach(name -> {
            String value = element.getAttribute(name);
            if (value == null || value.isEmpty()) {
                target.attr(name, true);
            } else {
                target.attr(name, value);
            }
        });
        PROPERTY_ATTRIBUTES.forEach((property, attribute) -> {
            if (element.hasProperty(property) && !target.hasAttr(attribute)) {
                Serializable value = element.getPropertyRaw(property);
                if (value instanceof Boolean flag) {
                    if (flag) {
                        target.attr(attribute, true);
                    }
                } else if (value != null) {
                    target.attr(attribute, String.valueOf(value));
                }
            }
        });
        if ("textarea".equals(element.getTag()) && target.hasAttr("value")) {
            target.text(target.attr("value"));
            target.removeAttr("value");
        }
        element.getChildren().forEach(child -> {
            Node node = of(document, child);
            if (node != null) {
                target.appendChild(node);
            }
        });
        return target;
    }
}
