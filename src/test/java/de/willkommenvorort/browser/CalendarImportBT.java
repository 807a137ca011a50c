package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator on a phone adds a town's calendar, is told what is missing, uploads its export and reads what became of it. */
@AppTest
class CalendarImportBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void an_administrator_adds_a_calendar_uploads_it_and_reads_what_was_not_imported() throws IOException {
        usePhone("de");
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        open("/staff/calendars");
        assertThat(heading()).hasText("Kalender übernehmen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalender hinzufügen")).first().click();
        String name = "Gemeinde Musterstadt " + TestOffers.uniqueWord();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Adresse des Kalenders (iCal)").fill("ftp://musterstadt.example/kalender");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.getByText("Bitte wählen Sie den Anbieter.")).isVisible();
        assertThat(page.getByText("Bitte geben Sie eine Adresse ein, die mit https://")).isVisible();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(name);

        page.getByLabel("Adresse des Kalenders (iCal)").fill("");
        pickFromList("Anbieter der Termine", "Landkreis Auenthal – Fachdienst Migration und Integration");
        pick("Kategorie, wenn keine Regel passt", "Sprachcafé");
        pick("Gemeinde, wenn keine Regel passt", "Auenthal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.locator(".form-notice").first()).containsText("Kalender „" + name + "“ hinzugefügt.");

        Locator row = page.locator(".catalogue-row").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("Ohne Adresse: Dateien werden hochgeladen");
        assertThat(row).containsText("Mit Prüfung");
        Path file = Files.createTempFile("google-", ".ics");
        try (InputStream in = CalendarImportBT.class.getResourceAsStream("/calendar-import/google.ics")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        FileChooser chooser = page.waitForFileChooser(() -> row.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Datei hochladen (.ics)")).click());
        chooser.setFiles(file);
        // All-day events are imported (decision 043): none is named as not taken for being all day.
        assertThat(row.locator(".calendar-report")).containsText("Neu: ");
        assertThat(row.locator(".calendar-report")).not().containsText("ganztägig");
        screenshot("staff-calendars-de");
    }
}
