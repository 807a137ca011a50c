package de.willkommenvorort.browser;

import de.willkommenvorort.support.PrecompiledFunctions;
import de.willkommenvorort.support.TestAccounts;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.fail;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Chromium at phone size (360×640, touch) against the running app. Uses the machine's Chromium
 * where there is one (/usr/bin/chromium, as CI installs it), else Playwright's own browser.
 */
public abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    /** Expressions Vaadin's client met that js/vaadin-functions.js lacks (docs/decisions/036). */
    private static final List<String> notPrecompiled = new CopyOnWriteArrayList<>();
    /** What a page's Content-Security-Policy refused (the browser says so in the console). */
    private static final List<String> refused = new CopyOnWriteArrayList<>();
    private boolean refusalsExpected;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.exists(SYSTEM_CHROMIUM) ? "1" : "0")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"));
        if (Files.exists(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        PrecompiledFunctions.writeLearned();
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPhone() {
        notPrecompiled.clear();
        refused.clear();
        refusalsExpected = false;
        context = browserFor(phone("de-DE", 360, 640));
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
        if (!notPrecompiled.isEmpty()) {
            fail("Vaadin's client met expressions that js/vaadin-functions.js lacks; run the browser tests with"
                    + " -Dwvo.csp.learn=true to add them (README, \"Content-Security-Policy\"): " + notPrecompiled);
        }
        if (!refusalsExpected && !refused.isEmpty()) {
            fail("The Content-Security-Policy refused something the app itself does: " + refused);
        }
    }

    /** For a test that plants what an attacker would, which the Content-Security-Policy then refuses. */
    protected void expectRefusals() {
        refusalsExpected = true;
    }

    /** A cheap Android phone; the browser's language as given. */
    protected static Browser.NewContextOptions phone(String browserLanguage, int width, int height) {
        return new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(browserLanguage)
                .setUserAgent("Mozilla/5.0 (Linux; Android 12; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0 Mobile Safari/537.36");
    }

    /** A new browser context (a phone) with the given options, default timeout set. */
    protected static BrowserContext browserFor(Browser.NewContextOptions options) {
        BrowserContext phone = browser.newContext(options);
        phone.setDefaultTimeout(20_000);
        phone.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith("wvo-learn ")) {
                PrecompiledFunctions.learn(text.substring("wvo-learn ".length()));
            } else if (text.startsWith("wvo-no-eval ")) {
                notPrecompiled.add(text.substring("wvo-no-eval ".length()));
            } else if (text.startsWith("Refused to ") && text.contains("Content Security Policy")) {
                refused.add(message.page() == null ? text : message.page().url() + ": " + text);
            }
        });
        return phone;
    }

    /** A fresh phone with another browser language, replacing the current one. */
    protected void usePhone(String browserLanguage) {
        context.close();
        context = browserFor(phone(browserLanguage, 360, 640));
        page = context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path and waits until the page is there (and, on a Vaadin page, its client is idle). */
    protected void open(String path) {
        page.navigate(url(path));
        settle();
    }

    /**
     * Waits for the page: a server page (newcomers' pages) is complete once loaded; a Vaadin page
     * once its client has rendered the view and is idle.
     */
    protected void settle() {
        page.waitForLoadState();
        page.waitForFunction("() => document.readyState === 'complete' && (!document.querySelector('#outlet')"
                + " || (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())))");
        page.locator("main h1").first().waitFor();
    }

    /** Whether the current page is a server page: complete HTML, no Vaadin client. */
    protected boolean isServerPage() {
        return (Boolean) page.evaluate("() => !document.querySelector('#outlet') && !window.Vaadin");
    }

    /** Picks a language on the picker (each choice shows its name in its own script). */
    protected void chooseLanguage(String nameInItsOwnScript) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(nameInItsOwnScript).setExact(true)).click();
        page.waitForURL(u -> u.contains("lang="));
        settle();
    }

    protected Locator heading() {
        return page.locator("main h1").first();
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Signs in through the app's sign-in form and waits for the provider's area. */
    protected void signIn(String email, String password) {
        submitPassword(email, password);
        page.waitForURL(u -> u.endsWith("/my"));
        settle();
    }

    /** Fills and sends the sign-in form; staff then still need their code. */
    protected void submitPassword(String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=vaadin-login-submit]").first().click();
    }

    /**
     * Signs a staff member in with password and the current code of their authenticator app (a
     * German page), and waits for the workspace. A code works once: sign each account in once per 30 s.
     */
    protected void signInStaff(String email, String password, String totpSecret) {
        open("/login");
        submitPassword(email, password);
        page.waitForURL(u -> u.endsWith("/login/code"));
        settle();
        page.getByLabel("Sechsstelliger Code").fill(TestAccounts.totpCode(totpSecret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        page.waitForURL(u -> u.contains("/staff"));
        settle();
    }

    /** Picks an item of a Vaadin select by the select's label. */
    protected void pick(String label, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item).setVisible(true)).first().click();
        settle();
    }

    /** Types into a Vaadin combo box and picks the matching item. */
    protected void pickFromList(String label, String text) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first().click();
    }
}
