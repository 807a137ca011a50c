package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.support.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server answers an anonymous newcomer's phone, at the HTTP level. */
@AppTest
class PublicHttpIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void newcomer_pages_and_pwa_files_are_open_to_everyone() throws Exception {
        for (String path : new String[] {"/", "/offers", "/language", "/offer/1", "/manifest.webmanifest", "/app-sw.js",
                "/offline", "/css/app.css", "/icons/icon-192.png", "/login/code", "/login/second-factor",
                "/setup/unknown-link"}) {
            assertThat(get(path, "identity").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void views_that_need_a_role_send_to_sign_in_and_anything_else_is_not_found() throws Exception {
        for (String path : new String[] {"/my", "/my/offers/new", "/my/offers/12", "/my/profile", "/staff",
                "/staff/accounts", "/staff/review/1", "/translate"}) {
            HttpResponse<byte[]> answer = get(path, "identity");
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        // Not sent to sign in as if they existed: an address that is no view is nobody's.
        for (String path : new String[] {"/admin", "/api/offers", "/offer/not-a-number", "/actuator/env"}) {
            assertThat(get(path, "identity").statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void responses_are_compressed() throws Exception {
        HttpResponse<byte[]> css = get("/css/app.css", "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
        HttpResponse<byte[]> page = get("/", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void pages_forbid_loading_anything_from_other_origins() throws Exception {
        HttpResponse<byte[]> home = get("/", "identity");
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as("headers %s", home.headers().map()).contains("default-src 'self'").contains("connect-src 'self'").contains("img-src 'self'");
        // Newcomer pages: scripts from our files and one inline script by its hash; no string as code.
        for (String path : new String[] {"/", "/offers", "/events", "/offline"}) {
            String policy = get(path, "identity").headers().firstValue("Content-Security-Policy").orElse("");
            String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
            assertThat(scripts).as(path).startsWith("'self' 'sha256-").doesNotContain("unsafe");
            assertThat(policy).as(path).contains("frame-ancestors 'none'").contains("object-src 'none'");
        }
        assertThat(get("/", "identity").headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(home.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()").contains("geolocation=()").contains("microphone=()"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_offline_page_speaks_every_language() throws Exception {
        String body = new String(get("/offline", "identity").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Keine Internetverbindung").contains("\"ar\":{\"dir\":\"rtl\"").contains("\"ti\":");
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).header("Accept-Language", "de").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
