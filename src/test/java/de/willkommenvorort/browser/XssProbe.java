package de.willkommenvorort.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches a phone (a browser context) for script that content smuggled in. Install it before the
 * first page opens; then, on every page, {@link #assertSafe} checks that nothing ran and nothing
 * dangerous is in the DOM, and {@link #assertShown} that the content's text is visible as text.
 *
 * <p>Use it for every page that shows what providers wrote: the public offer page, the results
 * list, and the provider's preview:
 * <pre>{@code
 * XssProbe probe = XssProbe.install(context);          // before the first navigation
 * // open the editor, type each of XssCorpus.payloads() (cut by XssCorpus.fit) into every field
 * probe.assertSafe(page, ".offer-details", null);      // the preview's OfferDetailsPanel
 * probe.assertShown(page, ".offer-details", fieldValues);
 * }</pre>
 * What "ran" means: alert, confirm, prompt or print was called (they are replaced by recorders
 * in every frame before any page script, so a payload cannot block the test), a dialog opened
 * anyway, {@code window.__xss} was set in any frame, or the title is not the one the app set.
 */
public final class XssProbe {

    /** Runs before any script of each document and frame. */
    private static final String RECORDER = """
            (() => {
              const own = [];
              let sink = own;
              try { if (window.top !== window && window.top.__xssCalls) sink = window.top.__xssCalls; } catch (e) { }
              Object.defineProperty(window, '__xssCalls', { value: own, configurable: false });
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = function (...args) {
                  const call = name + '(' + args.map(String).join(', ') + ')';
                  own.push(call);
                  if (sink !== own) sink.push(call);
                  return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
                };
              }
            })();""";

    /**
     * Finds what only injected markup could have put into the content: elements that run or
     * load things, event-handler attributes, and links or sources to script URLs. Browsers ignore
     * control characters and whitespace inside a URL's scheme, so they are removed before looking.
     */
    private static final String INSPECTOR = """
            (selector) => {
              const found = [];
              const root = document.querySelector(selector);
              if (!root) return ['no element ' + selector];
              const forbidden = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base',
                  'meta', 'link', 'style', 'form', 'svg', 'math', 'noscript', 'template', 'isindex', 'marquee'];
              const scriptUrl = /^(javascript|data|vbscript):/i;
              for (const el of root.querySelectorAll('*')) {
                const tag = el.localName.toLowerCase();
                if (forbidden.includes(tag)) found.push('<' + tag + '> element');
                for (const attr of el.attributes) {
                  const name = attr.name.toLowerCase();
                  const value = attr.value.replace(/[\\u0000-\\u0020\\u007f]/g, '');
                  if (name.startsWith('on')) found.push('<' + tag + ' ' + name + '>');
                  if (name === 'srcdoc' || name === 'formaction') found.push('<' + tag + ' ' + name + '>');
                  // data-* values are never followed by the browser; of page.js's, only data-save and
                  // data-share become addresses, so only they must not hold a script URL.
                  const inert = name.startsWith('data-') && name !== 'data-save' && name !== 'data-share';
                  if (scriptUrl.test(value) && name !== 'style' && !inert) found.push('<' + tag + ' ' + name + '="' + attr.value.slice(0, 40) + '">');
                  if (name === 'style' && /javascript:|vbscript:|expression\\(|(^|[;\\s])behavior\\s*:/i.test(attr.value)) found.push('<' + tag + ' style="' + attr.value.slice(0, 40) + '">');
                }
              }
              return found;
            }""";

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    private XssProbe() {
    }

    /** Installs the probe on a phone; every page opened in it from now on is watched. */
    public static XssProbe install(BrowserContext context) {
        XssProbe probe = new XssProbe();
        context.addInitScript(RECORDER);
        context.onDialog(dialog -> {
            probe.dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        return probe;
    }

    /**
     * Everything that shows script ran or could run on this page, empty if none.
     *
     * @param selector      the part of the page that shows content, e.g. {@code "main"}
     * @param expectedTitle the title the app sets for this page, or {@code null} not to check it
     */
    public List<String> findings(Page page, String selector, String expectedTitle) {
        List<String> found = new ArrayList<>(dialogs);
        for (Frame frame : page.frames()) {
            Object calls = frame.evaluate("() => Array.from(window.__xssCalls || [])");
            if (calls instanceof List<?> list && !list.isEmpty()) {
                found.add("called " + list);
            }
            if (!Boolean.TRUE.equals(frame.evaluate("() => typeof window.__xss === 'undefined'"))) {
                found.add("window.__xss was set in " + frame.url());
            }
        }
        if (expectedTitle != null && !normalised(page.title()).equals(normalised(expectedTitle))) {
            found.add("title changed to " + page.title());
        }
        for (Object finding : (List<?>) page.evaluate(INSPECTOR, selector)) {
            found.add(String.valueOf(finding));
        }
        return found;
    }

    /** Nothing ran and nothing that could run is in the content; names the page in a failure. */
    public void assertSafe(Page page, String selector, String expectedTitle) {
        assertThat(findings(page, selector, expectedTitle)).as("XSS on %s", page.url()).isEmpty();
    }

    /** Each text is visible, as characters, within the selected part (whitespace compared loosely). */
    public void assertShown(Page page, String selector, Collection<String> texts) {
        String shown = normalised(page.locator(selector).first().innerText());
        for (String text : texts) {
            assertThat(shown).as("%s shows its content literally", page.url()).contains(normalised(text));
        }
    }

    /**
     * Whitespace as a browser shows it: runs of spaces, tabs and line breaks are one space. The
     * browser also drops characters that cannot appear in a DOM title (leading/trailing spaces).
     */
    public static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
