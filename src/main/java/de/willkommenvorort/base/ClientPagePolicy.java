package de.willkommenvorort.base;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import de.willkommenvorort.security.ContentSecurityPolicy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the page that starts Vaadin's client (sign-in, provider,
 * translator and staff views; docs/decisions/036). In production it is the strict policy: Vaadin's
 * inline start-up scripts are admitted by their hashes, and two of our files, loaded before Vaadin's
 * client, give it the functions it would otherwise build from strings ({@code js/no-eval.js},
 * {@code js/vaadin-functions.js}), so no {@code 'unsafe-eval'} is needed. In development Vaadin's dev
 * tools build code from strings of their own, so the page keeps {@link ContentSecurityPolicy#VAADIN_CLIENT}.
 * With {@code wvo.csp.learn=true} (only for the browser tests that add to the functions' file) the
 * page allows eval again and the shim names each expression it lacks.
 */
@Component
class ClientPagePolicy {

    static final String FUNCTIONS = "js/vaadin-functions.js";
    static final String SHIM = "js/no-eval.js";

    private final boolean learning;
    private final String functions = ServerPages.versioned(FUNCTIONS);
    private final String shim = ServerPages.versioned(SHIM);

    ClientPagePolicy(@Value("${wvo.csp.learn:false}") boolean learning) {
        this.learning = learning;
    }

    void apply(IndexHtmlResponse response) {
        if (!response.getVaadinRequest().getService().getDeploymentConfiguration().isProductionMode()) {
            response.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.VAADIN_CLIENT);
            return;
        }
        Document document = response.getDocument();
        // Deferred scripts and modules run in the order they stand: these two before Vaadin's client,
        // after the base address that their relative addresses need.
        Element shimScript = new Element("script").attr("src", shim).attr("defer", true);
        if (learning) {
            shimScript.attr("data-learn", true);
        }
        Element functionsScript = new Element("script").attr("src", functions).attr("defer", true);
        Element base = document.head().selectFirst("base");
        if (base != null) {
            base.after(shimScript).after(functionsScript);
        } else {
            document.head().prependChild(shimScript).prependChild(functionsScript);
        }
        String policy = learning ? ContentSecurityPolicy.VAADIN_CLIENT
                : ContentSecurityPolicy.strict(document.select("script:not([src])").stream()
                        .map(Element::data).toArray(String[]::new));
        response.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER, policy);
    }
}
