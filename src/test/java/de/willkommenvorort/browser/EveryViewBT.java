package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view that starts Vaadin's client opens under the strict Content-Security-Policy
 * (docs/decisions/036): those for anyone, a provider's, a translator's, and every place in an
 * administrator's staff navigation. {@link BrowserTest} fails a test on anything the policy
 * refused and on any expression {@code js/vaadin-functions.js} lacks; this walk makes sure each
 * view is met at least once, whatever the other browser tests do on it.
 */
@AppTest
class EveryViewBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestOffers offers;

    @Test
    void every_view_opens_under_the_strict_policy_with_nothing_refused() {
        long offer = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
        for (String path : List.of("/login", "/account/register", "/account/resend", "/account/reset",
                "/translate/register", "/offer/" + offer + "/contact", "/offer/" + offer + "/report")) {
            opened(path);
        }

        AccountUser provider = accounts.provider("de");
        open("/login");
        signIn(provider.getUsername(), TestAccounts.PASSWORD);
        for (String path : List.of("/my", "/my/profile", "/my/offers/new", "/my/calendars")) {
            opened(path);
        }

        usePhone("de-DE");
        AccountUser translator = accounts.translator("ar");
        open("/login");
        submitPassword(translator.getUsername(), TestAccounts.PASSWORD);
        page.waitForURL(u -> u.contains("/translate"));
        settle();
        opened("/translate");

        usePhone("de-DE");
        AccountUser admin = accounts.admin();
        signInStaff(admin.getUsername(), TestAccounts.PASSWORD, accounts.secret(admin));
        @SuppressWarnings("unchecked")
        List<String> places = (List<String>) page.locator("nav.staff-nav a[href]")
                .evaluateAll("links => links.map(a => new URL(a.href).pathname)");
        assertThat(places).as("the staff navigation").hasSizeGreaterThan(10);
        for (String path : places) {
            opened(path);
        }
    }

    private void opened(String path) {
        open(path);
        assertThat(page.locator(".v-system-error")).hasCount(0);
    }
}
