package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.TestAccounts;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's protections on every kind of page (a newcomer's server page, a provider's and a
 * staff member's Vaadin page), and HTTPS behind the county's proxy: the proxy ends TLS and says
 * so in X-Forwarded-Proto; only then do HSTS and Secure cookies go out.
 */
@AppTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void newcomer_provider_and_staff_pages_carry_the_browser_protections() throws Exception {
        AccountUser provider = accounts.provider("de");
        HttpDevice providerBrowser = new HttpDevice(port);
        providerBrowser.signIn(provider.getUsername(), TestAccounts.PASSWORD);
        AccountUser moderator = accounts.moderator();
        HttpDevice staffBrowser = new HttpDevice(port);
        staffBrowser.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        assertThat(staffBrowser.code(TestAccounts.totpCode(accounts.secret(moderator)))).endsWith("/staff");

        Map<String, HttpResponse<String>> pages = Map.of(
                "newcomer", new HttpDevice(port).get("/offers?block=education", "Accept-Language", "de"),
                "provider", providerBrowser.get("/my"),
                "staff", staffBrowser.get("/staff/review"));
        pages.forEach((who, page) -> {
            assertThat(page.statusCode()).as(who).isEqualTo(200);
            HttpHeaders headers = page.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(who)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            // No string becomes code, not even on Vaadin's pages; inline scripts only by their hashes (decision 036).
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*script-src ([^;]*);.*", "$1"))
                    .as(who).startsWith("'self' 'sha256-").doesNotContain("unsafe");
            assertThat(headers.firstValue("X-Frame-Options")).as(who).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(who).contains("nosniff");
            // Stricter than strict-origin-when-cross-origin: no other site learns which page linked to it.
            assertThat(headers.firstValue("Referrer-Policy")).as(who).contains("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).as(who)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()").contains("geolocation=()"));
            assertThat(headers.firstValue("Server")).as(who).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(who).isEmpty();
            assertThat(headers.firstValue("Strict-Transport-Security")).as("%s over plain HTTP", who).isEmpty();
        });
        // Signed-in pages are kept by no cache.
        assertThat(pages.get("provider").headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(pages.get("staff").headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void behind_a_proxy_that_ends_tls_pages_demand_https_and_the_session_cookie_is_secure() throws Exception {
        HttpDevice phone = new HttpDevice(port);
        HttpResponse<String> secure = phone.get("/", "X-Forwarded-Proto", "https", "Accept-Language", "de");
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(phone.get("/", "Accept-Language", "de").headers().firstValue("Strict-Transport-Security")).isEmpty();
        // A client on the open internet cannot claim HTTPS: only a proxy on a private or local address is
        // trusted (Tomcat's RemoteIpValve); these tests come from 127.0.0.1, the proxy's place.

        AccountUser provider = accounts.provider("de");
        String form = "username=" + URLEncoder.encode(provider.getUsername(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> overTls = new HttpDevice(port).postForm("/login", form, "X-Forwarded-Proto", "https");
        assertThat(overTls.statusCode()).isEqualTo(302);
        assertThat(session(overTls)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();
        HttpResponse<String> plain = new HttpDevice(port).postForm("/login", form);
        assertThat(session(plain)).doesNotContain("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
