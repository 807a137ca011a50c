package de.willkommenvorort.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.XssCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A provider types every payload of the XSS corpus into every text field of the offer editor and
 * looks at the live preview: nothing runs, nothing that could run is in the preview, and every
 * text is shown as the characters typed.
 */
@AppTest
class PreviewXssBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void no_payload_typed_into_the_editor_runs_in_the_preview() {
        AccountUser provider = accounts.provider("de");
        XssProbe probe = XssProbe.install(context);
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        open("/my/offers/new");
        pickFromList("Gemeinde", "Auenthal");
        Locator german = page.locator("section.editor-language[lang=de]");
        Locator title = german.getByLabel("Titel");
        Locator summary = german.getByLabel("Kurzbeschreibung (ein bis zwei Sätze)");
        Locator description = german.getByLabel("Beschreibung", new Locator.GetByLabelOptions().setExact(true));
        Locator street = page.getByLabel("Straße und Hausnummer");
        Locator placeName = page.getByLabel("Name des Ortes");
        Locator phone = page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true));
        Locator email = page.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true));
        Locator website = page.getByLabel("Internetseite");
        Locator showPreview = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau"));

        for (String payload : XssCorpus.payloads()) {
            List<String> texts = List.of(XssCorpus.fit(payload, OfferText.TITLE_MAX),
                    XssCorpus.fit(payload, OfferText.SUMMARY_MAX), XssCorpus.fit(payload, OfferText.DESCRIPTION_MAX),
                    XssCorpus.fit(payload, Offer.STREET_MAX), XssCorpus.fit(payload, Offer.PLACE_NAME_MAX));
            title.fill(texts.get(0));
            summary.fill(texts.get(1));
            description.fill(texts.get(2));
            street.fill(texts.get(3));
            placeName.fill(texts.get(4));
            phone.fill(XssCorpus.fit(payload, Offer.PHONE_MAX));
            email.fill(XssCorpus.fit(payload, Offer.EMAIL_MAX));
            website.fill(XssCorpus.fit(payload, Offer.WEBSITE_MAX));
            showPreview.click();
            idle();
            probe.assertSafe(page, ".editor-preview", null);
            // Blank lines and surrounding spaces are the editor's to trim; the words must all be there.
            probe.assertShown(page, ".editor-preview", texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        }
        probe.assertSafe(page, "main", null);
    }

    private void idle() {
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
