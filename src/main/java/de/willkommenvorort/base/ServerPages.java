package de.willkommenvorort.base;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import de.willkommenvorort.base.ui.HasPageMeta;
import de.willkommenvorort.base.ui.PageMeta;
import de.willkommenvorort.base.ui.ServerPage;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LanguagePreference;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.ContentSecurityPolicy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Vaadin's bootstrap page into a complete server page ({@link ServerPage}): Vaadin builds
 * the view in a UI during the page request (its "initial UIDL" mode, switched on per request by
 * {@link ServerPageFilter}), and this listener writes that view's element tree as the body and a
 * head of its own: title, description, canonical address, an alternate per served language, link
 * preview tags and JSON-LD, our style sheet and one small script. Vaadin's client scripts are not
 * sent, so nothing else runs on the phone.
 */
@Component
public class ServerPages implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ServerPages.class);

    /** Request attribute set by {@link ServerPageFilter} on requests for a server page. */
    static final String REQUEST_MARK = ServerPages.class.getName();

    static final String STYLESHEET = "css/app.css";
    static final String SCRIPT = "js/page.js";
    /** Runs before the style sheet, so what only works with a script is laid out from the first paint on. */
    private static final String SCRIPT_MARK = "document.documentElement.classList.add('js')";
    /** The page's only inline script, admitted by its hash; everything else comes from our files. */
    private static final String POLICY = ContentSecurityPolicy.strict(SCRIPT_MARK);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Static files' addresses with their content's hash ({@link #versioned}). */
    private static final Map<String, String> VERSIONED = new ConcurrentHashMap<>();

    private final TranslationProvider translations;
    private final ServedLanguages served;
    private final PublicAddress address;
    private final String shareImage;
    private final String stylesheet;
    private final String script;
    private final ClientPagePolicy clientPage;
    private volatile VaadinService service;

    ServerPages(TranslationProvider translations, ServedLanguages served, PublicAddress address,
                @Value("${wvo.county.share-image:icons/share.png}") String shareImage, ClientPagePolicy clientPage) {
        this.clientPage = clientPage;
        this.translations = translations;
        this.served = served;
        this.address = address;
        this.shareImage = shareImage;
        this.stylesheet = versioned(STYLESHEET);
        this.script = versioned(SCRIPT);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        event.getSource().setBootstrapInitialPredicate(request -> request.getAttribute(REQUEST_MARK) != null);
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(REQUEST_MARK) != null) {
                response.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER, POLICY);
                render(response);
            } else {
                clientPage.apply(response);
            }
        });
    }

    /** What a page request's address opens. */
    enum Address {
        /** A view marked {@link ServerPage}. */
        SERVER_PAGE,
        /**
         * No view at all: a file, a download, or nothing. If it reaches Vaadin, the "not found"
         * view answers it as a server page, with a 404 and without Vaadin's client.
         */
        NO_VIEW,
        /** Any other view: Vaadin's client page. */
        VIEW
    }

    /** What the request (its first response, not a round trip) opens. */
    Address address(HttpServletRequest request) {
        VaadinService vaadin = service;
        if (vaadin == null) {
            return Address.VIEW;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        try {
            return vaadin.getRouter().resolveNavigationTarget(path, request.getParameterMap())
                    .map(NavigationState::getNavigationTarget)
                    .map(target -> target.isAnnotationPresent(ServerPage.class) ? Address.SERVER_PAGE : Address.VIEW)
                    .orElse(Address.NO_VIEW);
        } catch (RuntimeException e) {
            // An address the router cannot parse is Vaadin's to answer.
            return Address.VIEW;
        }
    }

    private void render(IndexHtmlResponse response) {
        UI ui = UI.getCurrent();
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return;
        }
        HasElement view = chain.getFirst();
        if (!view.getClass().isAnnotationPresent(ServerPage.class) && !(view instanceof HasErrorParameter<?>)) {
            log.error("{} was reached from a server page but is not one; it will not work without its client",
                    view.getClass().getName());
        }
        Language language = Language.of(ui.getLocale());
        PageMeta meta = view instanceof HasPageMeta described ? described.pageMeta()
                : PageMeta.of(translations.translate("meta.description", language),
                ui.getInternals().getActiveViewLocation().getPathWithQueryParameters()).notIndexed();
        String title = Optional.ofNullable(ui.getInternals().getTitle()).filter(t -> !t.isBlank())
                .orElseGet(() -> translations.translate("app.name", language));

        Document document = response.getDocument();
        document.outputSettings().prettyPrint(false);
        document.childNodes().stream().filter(org.jsoup.nodes.Comment.class::isInstance).toList()
                .forEach(Node::remove);
        document.selectFirst("html").attr("lang", language.code()).attr("dir", language.rightToLeft() ? "rtl" : "ltr");
        Element base = document.head().selectFirst("base");
        String baseHref = base == null ? "." : base.attr("href");
        document.head().empty();
        document.body().empty();
        head(document.head(), baseHref, title, meta, language);
        ServerPage marked = view.getClass().getAnnotation(ServerPage.class);
        if (marked != null) {
            for (String own : marked.scripts()) {
                document.head().appendElement("script").attr("src", versioned(own)).attr("defer", true);
            }
        }
        Element wrapper = document.body();
        ui.getInternals().getWrapperElement().getChildren().forEach(child -> {
            Node node = ElementMarkup.of(document, child);
            if (node != null) {
                wrapper.appendChild(node);
            }
        });
        LanguagePreference.chosenByLink(response.getVaadinRequest())
                .ifPresent(chosen -> response.getVaadinResponse().addCookie(
                        LanguagePreference.deviceCookie(LanguagePreference.COOKIE, chosen.code(),
                                response.getVaadinRequest())));
        answerUnchanged(response, document);
    }

    /**
     * Tags the page with a hash of its HTML and answers "304 Not Modified" when the phone already
     * holds this version: a repeat visit then costs headers only. The tag is weak so that Tomcat
     * still compresses the page; Tomcat sends no body with a 304.
     */
    private static void answerUnchanged(IndexHtmlResponse response, Document document) {
        String tag;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.html().getBytes(StandardCharsets.UTF_8));
            tag = "W/\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        response.getVaadinResponse().setHeader("ETag", tag);
        if (response.getVaadinResponse() instanceof VaadinServletResponse servlet && servlet.getStatus() == 200
                && unchanged(response.getVaadinRequest().getHeader("If-None-Match"), tag)) {
            servlet.setStatus(304);
        }
    }

    /** Whether {@code If-None-Match} names this (weak) tag: the phone holds this version. */
    static boolean unchanged(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals(tag) || t.equals(tag.substring(2)) || t.equals("*"));
    }

    private void head(Element head, String baseHref, String title, PageMeta meta, Language language) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("base").attr("href", baseHref);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "description").attr("content", meta.description());
        if (!meta.indexable()) {
            head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        }
        String canonical = absolute(meta.canonicalPath());
        if (meta.indexable()) {
            head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
            for (Language alternate : served.alternates()) {
                head.appendElement("link").attr("rel", "alternate").attr("hreflang", alternate.hreflang())
                        .attr("href", inLanguage(canonical, alternate));
            }
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", "x-default").attr("href", canonical);
        }
        String siteName = translations.translate("app.name", language);
        property(head, "og:type", "website");
        property(head, "og:site_name", siteName);
        property(head, "og:title", title);
        property(head, "og:description", meta.description());
        property(head, "og:url", canonical);
        property(head, "og:image", shareImage.startsWith("http") ? shareImage : absolute(shareImage));
        head.appendElement("meta").attr("name", "theme-color").attr("content", "#0b5d53");
        head.appendElement("meta").attr("name", "color-scheme").attr("content", "light");
        head.appendElement("link").attr("rel", "manifest").attr("href", "manifest.webmanifest");
        head.appendElement("link").attr("rel", "icon").attr("href", "icons/icon-192.png");
        head.appendElement("link").attr("rel", "apple-touch-icon").attr("href", "icons/icon-192.png");
        head.appendElement("script").appendChild(new DataNode(SCRIPT_MARK));
        head.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
        head.appendElement("script").attr("src", script).attr("defer", true);
        for (Map<String, Object> data : meta.structuredData()) {
            head.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new DataNode(JSON.writeValueAsString(data).replace("<", "\\u003c")));
        }
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private String absolute(String path) {
        return address.of(path);
    }

    static String inLanguage(String url, Language language) {
        return url + (url.contains("?") ? "&" : "?") + LanguagePreference.LINK_PARAMETER + "=" + language.code();
    }

    /**
     * A static file's address with a hash of its content, so a changed file is never taken from a
     * cache. Each file is read once: the files are part of the build.
     */
    public static String versioned(String path) {
        return VERSIONED.computeIfAbsent(path, ServerPages::withHash);
    }

    private static String withHash(String path) {
        try (InputStream in = ServerPages.class.getResourceAsStream("/META-INF/resources/" + path)) {
            if (in == null) {
                return path;
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
