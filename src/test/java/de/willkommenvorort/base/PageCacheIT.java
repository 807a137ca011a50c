package de.willkommenvorort.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.Settled;
import de.willkommenvorort.support.TestOffers;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Kept newcomer pages (decision 035): the same page is rendered once and then sent as it was, with
 * the headers of its own request; what is taken offline is gone from every page at once, on this
 * instance through the commit and on others through the change counter; and a page is never sent
 * to somebody whose language or choices differ.
 */
@AppTest
class PageCacheIT {

    @LocalServerPort
    int port;
    @Autowired
    TestOffers offers;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommittedChanges changes;
    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_page_is_rendered_once_and_then_sent_as_it_was_with_the_headers_of_each_request() throws Exception {
        String word = TestOffers.uniqueWord();
        long id = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word));
        String path = "/offer/" + id;
        settled();
        double rendered = kept("miss");
        HttpResponse<byte[]> first = get(path, "de", Map.of());
        HttpResponse<byte[]> second = get(path, "de", Map.of());
        assertThat(kept("miss") - rendered).as("rendered once").isEqualTo(1);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(html(second)).isEqualTo(html(first)).contains(word);
        assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                "Permissions-Policy", "X-Frame-Options", "Cache-Control", "ETag", "Content-Type", "X-Wvo-Keepable")) {
            assertThat(second.headers().allValues(header)).as(header).isNotEmpty()
                    .isEqualTo(first.headers().allValues(header));
        }
        assertThat(second.headers().allValues("Set-Cookie")).as("no session for a reader").isEmpty();

        // A phone that holds this version gets headers only.
        String tag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = get(path, "de", Map.of("If-None-Match", tag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        // A browser that takes no compressed answer gets the same page uncompressed.
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "de").header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(html(first));
    }

    @Test
    void a_page_is_never_sent_to_somebody_of_another_language_or_with_other_choices() throws Exception {
        long id = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
        String path = "/offer/" + id;
        assertThat(html(get(path, "de", Map.of()))).contains("lang=\"de\"");
        assertThat(html(get(path, "ar", Map.of()))).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(html(get(path, "de", Map.of("Cookie", "wvo-lang=uk")))).contains("lang=\"uk\"");
        assertThat(html(get(path, "de", Map.of()))).contains("lang=\"de\"");
        // A link that names its language sets the cookie on every request: such an answer is not kept.
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> chosen = get(path + "?lang=ar", "de", Map.of());
            assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("wvo-lang=ar"));
        }
        // Pages that are not there are not kept either.
        for (int i = 0; i < 2; i++) {
            assertThat(get("/offer/999999999", "de", Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void an_offer_taken_offline_is_gone_from_its_page_and_the_results_at_once() throws Exception {
        String word = TestOffers.uniqueWord();
        long id = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word));
        String results = "/offers?q=" + word;
        String link = "href=\"offer/" + id + "?";
        assertThat(html(get(results, "de", Map.of()))).contains(link);
        assertThat(html(get(results, "de", Map.of()))).contains(link);
        assertThat(get("/offer/" + id, "de", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/offer/" + id, "de", Map.of()).statusCode()).isEqualTo(200);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "page-cache-moderator", null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.MODERATOR))));
        long version = jdbc.sql("SELECT version FROM offer WHERE id = ?").param(id).query(Long.class).single();
        review.unpublish(id, version, RejectionReason.OUTDATED, null);

        assertThat(get("/offer/" + id, "de", Map.of()).statusCode()).as("the offer's page, at once").isEqualTo(404);
        assertThat(html(get(results, "de", Map.of()))).as("the results, at once").doesNotContain(link);
    }

    @Test
    void a_change_another_instance_committed_reaches_the_pages_here_within_three_seconds() throws Exception {
        String word = TestOffers.uniqueWord();
        long id = offers.published("language-cafe", Map.of("de", "Sprachcafé " + word));
        String path = "/offer/" + id;
        settled();
        assertThat(html(get(path, "de", Map.of()))).contains(word);

        // Another instance writes the new title and counts its change; this instance's Hibernate
        // saw nothing of it.
        String renamed = "Erzählcafé " + TestOffers.uniqueWord();
        jdbc.sql("UPDATE offer_text SET title = ? WHERE offer_id = ? AND language = 'de'").params(renamed, id).update();
        assertThat(html(get(path, "de", Map.of()))).as("kept until told").contains(word);
        jdbc.sql("UPDATE change_counter SET generation = generation + 1 WHERE id = 1").update();
        long told = System.nanoTime();
        while (!html(get(path, "de", Map.of())).contains(renamed)) {
            assertThat(System.nanoTime() - told).as("the page shows the change within 3 s").isLessThan(3_000_000_000L);
            Thread.sleep(100);
        }
    }

    @Test
    void newcomers_who_ask_at_once_wait_for_one_rendering() throws Exception {
        long id = offers.published("language-cafe", Map.of("de", "Sprachcafé " + TestOffers.uniqueWord()));
        settled();
        double rendered = kept("miss");
        String path = "/offer/" + id + "?at-once";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<HttpResponse<byte[]>>> asks = java.util.stream.IntStream.range(0, 20)
                    .<Callable<HttpResponse<byte[]>>>mapToObj(i -> () -> get(path, "fa", Map.of())).toList();
            List<String> pages = new java.util.ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : pool.invokeAll(asks)) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                pages.add(html(answer.get()));
            }
            assertThat(pages).allMatch(pages.getFirst()::equals);
            assertThat(kept("miss") - rendered).as("renderings for 20 at once").isLessThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private void settled() throws InterruptedException {
        Settled.await(changes);
    }

    /** Pages asked for and found kept ("hit") or rendered ("miss"), counted by Caffeine. */
    private double kept(String result) {
        return meters.get("cache.gets").tag("cache", "pages").tag("result", result).functionCounter().count();
    }

    private HttpResponse<byte[]> get(String path, String language, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).header("Accept-Encoding", "gzip").header("Accept", "text/html");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String html(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
