package de.willkommenvorort.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * "Save", "Share" and "Read aloud" on a server page. They need the browser (its storage, its
 * share sheet, its voices): the style sheet shows them only where scripts run, and "read aloud"
 * keeps its place invisible until page.js finds a voice for the text's language, so that nothing
 * moves when it appears. Everything they say comes from here, in the page's language. Nothing of it reaches the
 * server: the saved list lives on the device, speech is made on the device.
 */
public class PageActions extends Div {

    private final Paragraph status = new Paragraph();

    public PageActions() {
        addClassName("page-actions");
        status.addClassName("action-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    /**
     * Save on this device: {@code path} is the page's address inside the app (what the saved list
     * opens), {@code title} and {@code detail} what the list shows, {@code textLanguage} their language.
     */
    public PageActions save(String path, String title, String detail, String textLanguage) {
        NativeButton save = button("icons/saved.svg", "actions.save", "save-button");
        save.getElement().setAttribute("data-save", path);
        save.getElement().setAttribute("data-title", title);
        save.getElement().setAttribute("data-detail", detail);
        save.getElement().setAttribute("data-lang", textLanguage);
        save.getElement().setAttribute("data-saved-label", getTranslation("actions.saved"));
        save.getElement().setAttribute("data-saved-status", getTranslation("actions.saved.status"));
        save.getElement().setAttribute("data-removed-status", getTranslation("actions.removed.status"));
        save.getElement().setAttribute("aria-pressed", "false");
        return this;
    }

    /** Share the page's address (in no language: it opens in the language of whoever opens it). */
    public PageActions share(String url, String title, String text) {
        NativeButton share = button("icons/share.svg", "actions.share", "share-button");
        share.getElement().setAttribute("data-share", url);
        share.getElement().setAttribute("data-title", title);
        share.getElement().setAttribute("data-text", text);
        share.getElement().setAttribute("data-copied", getTranslation("actions.share.copied"));
        share.getElement().setAttribute("data-copy-failed", getTranslation("actions.share.copy-failed"));
        return this;
    }

    /**
     * Read the page's main text aloud with the phone's own voice for {@code textLanguage}; shown
     * only where the phone has such a voice. Elements may carry {@code data-speak} with the words
     * to say instead of what they show (a phone number digit by digit, hours as times).
     */
    public PageActions readAloud(String textLanguage) {
        NativeButton read = button("icons/read-aloud.svg", "actions.read", "read-button");
        read.getElement().setAttribute("data-read-aloud", textLanguage);
        read.getElement().setAttribute("data-stop-label", getTranslation("actions.read.stop"));
        return this;
    }

    /** Adds the status line; call last. */
    public PageActions done() {
        add(status);
        return this;
    }

    private NativeButton button(String icon, String labelKey, String className) {
        Image image = new Image(icon, "");
        image.addClassName("icon");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("action-label");
        NativeButton button = new NativeButton();
        button.add(image, label);
        button.getElement().setAttribute("type", "button");
        button.addClassNames("page-action", className);
        add(button);
        return button;
    }
}
