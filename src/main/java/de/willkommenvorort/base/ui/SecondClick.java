package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A button for what cannot be undone: the first click turns it red and asks, with what it will do
 * in its text; only the second click does it. A slip of the thumb on a phone must not delete.
 */
public final class SecondClick {

    private SecondClick() {
    }

    public static Button button(String label, String confirmLabel, Runnable action) {
        Button button = new Button(label);
        button.addClickListener(click -> {
            if (!button.hasClassName("confirm")) {
                button.addClassName("confirm");
                button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
                button.setText(confirmLabel);
                return;
            }
            action.run();
        });
        return button;
    }
}
