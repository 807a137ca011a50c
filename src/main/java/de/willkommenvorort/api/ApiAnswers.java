package de.willkommenvorort.api;

import de.willkommenvorort.database.CommittedChanges;
import de.willkommenvorort.database.KeptPerGeneration;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the API's and the calendar feed's answers as they were sent, for one generation of
 * {@link CommittedChanges} (anything published, changed or taken offline makes every kept answer
 * one nobody gets again) and one day at the most (event lists start today). An answer is the same
 * for everyone who asks for the same address, so it is built once; many clients asking for the
 * same address at once wait for that one building rather than each building it. Only a "200"
 * that sets no cookie is kept; errors and 429s are built each time (docs/decisions/039).
 */
final class ApiAnswers extends OncePerRequestFilter {

    /** Headers the container or the filters around this one decide for each answer. */
    private static final Set<String> OWN_HEADERS = Set.of("content-length", "date", "transfer-encoding", "etag",
            "set-cookie");

    private record Key(String address, boolean crossOrigin, LocalDate day, long generation) {
    }

    private record Answer(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
        int weight() {
            return body.length + 64 * headers.size() + 128;
        }
    }

    /** How long a client waits for somebody else's building of the same answer before building it. */
    private static final long WAIT_SECONDS = 10;

    private final KeptPerGeneration<Key, Answer> kept;
    private final Clock clock;

    ApiAnswers(CommittedChanges changes, Clock clock, Duration life, DataSize size, MeterRegistry meters) {
        this.clock = clock;
        this.kept = new KeptPerGeneration<>(changes, Key::generation, life, size, Answer::weight, meters, "api");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The generation is read before building: a change committed meanwhile makes this answer
        // one nobody gets again.
        Key key = new Key(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                request.getHeader("Origin") != null, LocalDate.now(clock), kept.generation());
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> found = kept.answers().get(key, (asked, executor) -> mine);
        if (found != mine) {
            Answer answer = KeptPerGeneration.await(found, WAIT_SECONDS);
            if (answer != null) {
                send(answer, response);
            } else {
                // Not an answer that is kept (an error, a cookie set): it answers for itself.
                chain.doFilter(request, response);
            }
            return;
        }
        Answer built = null;
        try {
            built = build(request, response, chain);
        } finally {
            // Completing with nothing takes the entry out: the next request builds again.
            mine.complete(built);
        }
    }

    /** Builds the answer and sends it; returns it if it may be kept. */
    private static Answer build(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        Answer answer = null;
        if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getHeader("Set-Cookie") == null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : capture.getHeaderNames()) {
                if (!OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    capture.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            answer = new Answer(capture.getContentType(), List.copyOf(headers), capture.getContentAsByteArray());
        }
        capture.copyBodyToResponse();
        return answer;
    }

    private static void send(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        Set<String> set = new java.util.HashSet<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (set.add(header.getKey())) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
