package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import de.willkommenvorort.support.AppTest;
import org.junit.jupiter.api.Test;

/** The PWA keeps working when the network is gone: the offline page, in the newcomer's language. */
@AppTest
class OfflineBT extends BrowserTest {

    @Test
    void without_network_the_offline_page_speaks_the_chosen_language() {
        open("/");
        chooseLanguage("Українська");
        // The service worker must be installed and control the page before the network goes away.
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        settle();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        context.setOffline(true);
        page.navigate(url("/offers?block=work"));
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator("h1")).not().hasText("Keine Internetverbindung");
        assertThat(page.locator("button")).isVisible();
        screenshot("uk-offline");
    }

    @Test
    void the_manifest_makes_the_app_installable() {
        open("/");
        String manifest = page.locator("link[rel=manifest]").getAttribute("href");
        com.microsoft.playwright.APIResponse response = page.request().get(url("/" + manifest));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        String body = response.text();
        org.assertj.core.api.Assertions.assertThat(body).contains("\"display\": \"standalone\"")
                .contains("192x192").contains("512x512").contains("\"start_url\"");
    }
}
