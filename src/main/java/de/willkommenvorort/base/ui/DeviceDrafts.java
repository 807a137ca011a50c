package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;

/**
 * A form's unsaved text kept on the person's device, so that it outlives a lost session: a rolling
 * deploy stops the instance that held the session, and the person signs in again on another one
 * (docs/decisions/034). The browser does the keeping ({@code js/drafts.js}, no build): the text of
 * the fields marked with {@link #field} goes to the device's storage, filed under the account and
 * the form, and reaches the server only when the person restores it into the fields. This
 * component is where the notice that offers a found draft back appears: a live region, empty
 * until then, so that a screen reader reads the notice when it comes.
 */
public class DeviceDrafts extends Div {

    static final String SCRIPT = "context://js/drafts.js";

    public DeviceDrafts() {
        addClassNames("form-notice", "draft-notice");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("data-draft-notice", true);
    }

    /** Marks a text field to be kept, by a name that stays the same from visit to visit ("title-de"). */
    public static void field(HasElement field, String name) {
        field.getElement().setAttribute("data-draft", name);
    }

    /**
     * Starts keeping the marked fields of the form (the view this notice sits in) for the account,
     * and offers back a draft of this account and form that differs from what the form shows. Call
     * once the form shows what it loaded. {@code id} names the form ("new", or the id of what it
     * edits); {@code hint} says what a restore brings back.
     */
    public void keep(Component form, long account, String id, String hint) {
        UI ui = UI.getCurrent();
        ui.getPage().addJavaScript(SCRIPT);
        form.getElement().executeJs("window.wvoDrafts && window.wvoDrafts.keep(this, $0, $1,"
                        + " {found: $2, hint: $3, restore: $4, discard: $5, locale: $6})",
                String.valueOf(account), id,
                // The time is known only on the device; drafts.js puts it where {0} stands.
                getTranslation("draft.found", "{0}"), hint, getTranslation("draft.restore"),
                getTranslation("draft.discard"), LocalFormats.browserTag(Language.of(ui.getLocale())));
    }

    /** The form was saved: its draft is done with. Runs on the page, so a navigation away does not stop it. */
    public static void forget(long account, String id) {
        UI.getCurrent().getPage().executeJs("window.wvoDrafts && window.wvoDrafts.forget($0, $1)",
                String.valueOf(account), id);
    }

    /** The account signs out: nothing it typed stays on the device, whichever page it signs out from. */
    public static void forgetAccount(long account) {
        UI ui = UI.getCurrent();
        ui.getPage().addJavaScript(SCRIPT);
        ui.getPage().executeJs("window.wvoDrafts && window.wvoDrafts.forgetAccount($0)", String.valueOf(account));
    }
}
