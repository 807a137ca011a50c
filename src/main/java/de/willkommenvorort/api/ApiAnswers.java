package de.willkommenvorort.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.willkommenvorort.database.CommittedChanges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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

    private final Cache<Key, Answer> answers;
    private final Map<Key, ReentrantLock> building = new ConcurrentHashMap<>();
    private final CommittedChanges changes;
    private final Clock clock;
    private volatile long generationKept = Long.MIN_VALUE;

    ApiAnswers(CommittedChanges changes, Clock clock, Duration life, DataSize size, MeterRegistry meters) {
        this.changes = changes;
        this.clock = clock;
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(life)
                .maximumWeight(size.toBytes())
                .<Key, Answer>weigher((key, answer) -> answer.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, answers, "api");
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
                request.getHeader("Origin") != null, LocalDate.now(clock), changes.generation());
        forgetOlderGenerations(key.generation());
        Answer kept = answers.getIfPresent(key);
        if (kept == null) {
            ReentrantLock lock = building.computeIfAbsent(key, k -> new ReentrantLock());
            lock.lock();
            try {
                kept = answers.getIfPresent(key);
                if (kept == null) {
                    kept = build(request, response, chain);
                    if (kept == null) {
                        return;
                    }
                    answers.put(key, kept);
                    return;
                }
            } finally {
                lock.unlock();
                building.remove(key, lock);
            }
        }
        send(kept, response);
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

    /** Answers of an earlier generation are never sent again: they leave room for the new ones. */
    private void forgetOlderGenerations(long generation) {
        if (generation != generationKept) {
            generationKept = generation;
            answers.asMap().keySet().removeIf(key -> key.generation() != generation);
        }
    }
}
