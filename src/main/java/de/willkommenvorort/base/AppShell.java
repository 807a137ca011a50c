package de.willkommenvorort.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Our own manifest and a small service worker (not {@code @PWA},
 * whose worker precaches the whole bundle; see docs/decisions).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://css/app.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addLink("icon", "icons/icon-192.png");
        settings.addLink("apple-touch-icon", "icons/icon-192.png");
        settings.addMetaTag("theme-color", "#0b5d53");
        settings.addInlineWithContents(Inline.Position.APPEND,
                "if ('serviceWorker' in navigator) { window.addEventListener('load', function () {"
                        + " navigator.serviceWorker.register('app-sw.js').catch(function () {}); }); }",
                Inline.Wrapping.JAVASCRIPT);
    }
}
