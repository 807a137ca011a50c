package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's refusal on the form: each field named in the problems gets its translated
 * message, all others are cleared, and the first wrong field gets the focus. The fields keep what
 * was typed.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the fields; returns problems that belong to no field (to show above the form). */
    public Map<String, String> show(Map<String, String> problems, Component translator) {
        clear();
        Map<String, String> rest = new LinkedHashMap<>();
        boolean focused = false;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field == null) {
                rest.put(problem.getKey(), problem.getValue());
                continue;
            }
            field.setErrorMessage(translator.getTranslation(problem.getValue()));
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        return rest;
    }
}
