package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.StaffAccounts;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff sign in on a phone with password and a code from the authenticator app, or set one up first. */
@AppTest
class StaffSignInBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    StaffAccounts staff;

    @Test
    void an_administrator_signs_in_with_password_and_code_and_sees_the_staff_accounts() {
        AccountUser admin = accounts.admin();
        open("/login");
        password(admin.getUsername());
        page.waitForURL(u -> u.endsWith("/login/code"));
        settle();
        assertThat(heading()).hasText("Code aus der Authenticator-App");

        page.getByLabel("Sechsstelliger Code").fill(TestAccounts.totpCode(accounts.secret(admin)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        page.waitForURL(u -> u.contains("/staff/"));
        open("/staff/accounts");
        assertThat(heading()).hasText("Zugänge der Mitarbeitenden");
        assertThat(page.getByText(admin.getUsername())).isVisible();
        screenshot("staff-accounts-phone");
    }

    @Test
    void a_moderator_whose_factor_was_reset_sets_up_a_new_one_from_the_qr_page() {
        AccountUser moderator = accounts.moderator();
        TestAccounts.signIn(accounts.admin());
        staff.resetSecondFactor(moderator.accountId());
        TestAccounts.signOut();

        open("/login");
        password(moderator.getUsername());
        page.waitForURL(u -> u.endsWith("/login/second-factor"));
        settle();
        assertThat(heading()).hasText("Zweiten Faktor einrichten");
        assertThat(page.getByAltText("QR-Code für die Authenticator-App")).isVisible();
        String secret = page.locator(".setup-secret").innerText().replace(" ", "");
        screenshot("second-factor-set-up-phone");

        page.getByLabel("Sechsstelliger Code").fill("000000".equals(TestAccounts.totpCode(secret)) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestätigen und anmelden")).click();
        page.waitForURL(u -> u.contains("/login/second-factor?error"));
        settle();
        assertThat(page.getByText("Der Code stimmt nicht")).isVisible();
        assertThat(page.locator(".setup-secret")).hasText(secret.replaceAll("(.{4})(?!$)", "$1 "));

        page.getByLabel("Sechsstelliger Code").fill(TestAccounts.totpCode(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestätigen und anmelden")).click();
        page.waitForURL(u -> !u.contains("/login"));
        open("/my/profile");
        assertThat(heading()).hasText("Mein Konto");
    }

    private void password(String email) {
        submitPassword(email, TestAccounts.PASSWORD);
    }
}
