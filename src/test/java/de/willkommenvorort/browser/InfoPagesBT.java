package de.willkommenvorort.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.willkommenvorort.support.AppTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A newcomer reading Arabic on a phone finds the county's info pages from the home screen and
 * beside a building block's offers (demo pages: src/main/resources/demo/info-pages.json).
 */
@AppTest
class InfoPagesBT extends BrowserTest {

    private static final String COURSE = "دورة الاندماج";

    @Test
    void arabic_newcomer_opens_an_info_page_from_home_and_from_a_building_block() {
        usePhone("ar");
        open("/");
        chooseLanguage("العربية");
        page.locator("a.info-tile").click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/info$"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        // The first steps are in Arabic; a page without an Arabic translation is listed in German,
        // marked so in Arabic.
        Locator firstSteps = page.locator("a.info-card[href='info/erste-schritte']");
        assertThat(firstSteps.locator(".offer-card-title")).hasAttribute("lang", "ar");
        assertThat(firstSteps.locator(".badge")).hasCount(0);
        Locator jobcenter = page.locator("a.info-card[href='info/arbeit-und-jobcenter']");
        assertThat(jobcenter.locator(".offer-card-title")).hasAttribute("lang", "de");
        assertThat(jobcenter.locator(".badge")).hasText("لم تُترجم بعد: بالألمانية");
        screenshot("ar-info-list");

        page.locator("a.info-card", new Page.LocatorOptions().setHasText(COURSE)).click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/info/integrationskurs$"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading()).hasText(COURSE);
        assertThat(heading()).hasAttribute("lang", "ar");
        assertThat(page.locator(".info-body p").first()).containsText("دورة الاندماج");
        assertThat(page.locator(".fallback-notice")).hasCount(0);
        screenshot("ar-info-page");

        open("/offers?block=education");
        Locator goodToKnow = page.locator(".good-to-know");
        assertThat(goodToKnow).isVisible();
        goodToKnow.getByText(COURSE).click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/info/integrationskurs$"));
        assertThat(heading()).hasText(COURSE);
    }

    @Test
    void an_untranslated_page_shows_the_german_with_a_note_and_an_unknown_one_is_not_found() {
        usePhone("ar");
        open("/");
        chooseLanguage("العربية");
        open("/info/arbeit-und-jobcenter");
        assertThat(heading()).hasAttribute("lang", "de");
        assertThat(heading()).hasAttribute("dir", "ltr");
        assertThat(page.locator(".fallback-notice")).hasText("هذه الصفحة لم تُترجم بعد إلى لغتكم. ترون النص الألماني.");

        open("/info/gibt-es-nicht");
        assertThat(page.locator(".not-found")).isVisible();
    }
}
