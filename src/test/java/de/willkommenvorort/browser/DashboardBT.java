package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A moderator opens the dashboard on a phone: the figures are pictures with a spoken summary, and
 * "found nothing" names a group of five searches but never one of four.
 */
@AppTest
class DashboardBT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_moderator_sees_the_county_as_charts_and_small_groups_of_searches_stay_hidden() {
        MunicipalityRef five = newPlace();
        MunicipalityRef four = newPlace();
        searchesThatFoundNothing(five, 5);
        searchesThatFoundNothing(four, 4);
        AccountUser moderator = accounts.moderator();

        signInStaff(moderator.getUsername(), TestAccounts.PASSWORD, accounts.secret(moderator));
        open("/staff/dashboard");
        Locator charts = page.locator(".dashboard svg[role=img]");
        assertThat(charts.first()).isVisible();
        assertThat(charts.first()).hasAttribute("aria-label", java.util.regex.Pattern.compile(".+"));
        Locator foundNothing = page.locator(".dashboard-card")
                .filter(new Locator.FilterOptions().setHasText("Suchen ohne Ergebnis"));
        assertThat(foundNothing.locator(".dashboard-table")).containsText(five.name());
        assertThat(foundNothing).not().containsText(four.name());
        screenshot("dashboard-phone");
    }

    private MunicipalityRef newPlace() {
        return SystemActor.call(() -> municipalities.add("Testweiler " + TestOffers.uniqueWord(), "36998", null, null));
    }

    private void searchesThatFoundNothing(MunicipalityRef place, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.update("INSERT INTO found_nothing (searched_on, query, building_block, municipality_id, language)"
                    + " VALUES (CURRENT_DATE, 'Fahrradwerkstatt', 'WORK', ?, 'ti')", place.id());
        }
    }
}
