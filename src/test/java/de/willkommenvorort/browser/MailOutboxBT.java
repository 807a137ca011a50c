package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator finds a mail that could not leave at /staff/mail on a phone and discards it. */
@AppTest
class MailOutboxBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_sees_a_failed_mail_with_its_error_and_discards_it() throws Exception {
        // Two addresses in one: no message can carry it, so it fails at its first try.
        String recipient = TestAccounts.uniqueEmail() + ", " + TestAccounts.uniqueEmail();
        mailer.send(recipient, Language.SOURCE, "mail.reset", "Maria Muster", mailer.link("/account/reset/abc"), 60);
        for (int i = 0; i < 200 && !"FAILED".equals(state(recipient)); i++) {
            Thread.sleep(50);
        }

        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        Locator nav = page.locator(".staff-nav a").filter(new Locator.FilterOptions().setHasText("E-Mail-Ausgang"));
        assertThat(nav.locator(".staff-count")).isVisible();
        nav.click();
        page.waitForURL(u -> u.endsWith("/staff/mail"));
        settle();
        assertThat(heading()).hasText("E-Mails, die noch nicht verschickt sind");
        Locator card = page.locator(".mail-outbox-mail").filter(new Locator.FilterOptions().setHasText(recipient));
        assertThat(card.locator(".mail-outbox-state")).hasText("Gescheitert");
        assertThat(card).containsText("Neues Passwort wählen");
        assertThat(card.locator(".mail-outbox-error")).containsText("AddressException");
        assertThat(page.locator(".mail-outbox-counts")).containsText("Gescheitert:");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        screenshot("staff-mail-phone");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwerfen").setExact(true)).click();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, diese E-Mail verwerfen")).click();
        assertThat(page.getByText("Die E-Mail wurde verworfen. Das steht im Protokoll.")).isVisible();
        assertThat(card).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, recipient)).isZero();
    }

    private String state(String recipient) {
        return jdbc.queryForList("SELECT state FROM mail_outbox WHERE recipient = ?", String.class, recipient).stream()
                .findFirst().orElse("");
    }
}
