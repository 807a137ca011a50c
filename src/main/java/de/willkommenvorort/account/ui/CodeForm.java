package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import de.willkommenvorort.account.Totp;

/**
 * The six-digit code as a plain HTML form that posts to the server, as the sign-in form does: the
 * sign-in is completed by Spring Security's filter chain, which renews the session id, not by a
 * Vaadin round trip. The field asks phones for the digit keyboard and offers one-time-code autofill.
 */
@Tag("form")
final class CodeForm extends Component implements HasComponents {

    CodeForm(String action, String label, String submit) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        addClassName("code-form");
        Input code = new Input();
        code.setId("second-factor-code");
        code.getElement().setAttribute("name", "code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("pattern", "[0-9 ]*");
        code.getElement().setAttribute("maxlength", String.valueOf(Totp.DIGITS + 2));
        code.getElement().setAttribute("required", true);
        code.getElement().setAttribute("autofocus", true);
        code.addClassName("code-input");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(code);
        NativeButton button = new NativeButton(submit);
        button.getElement().setAttribute("type", "submit");
        button.addClassName("code-submit");
        add(caption, code, button);
    }
}
