package de.willkommenvorort.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, what no page of the app takes: methods other than GET, HEAD
 * and POST (405), a query string that cannot be read (400: not UTF-8, too many parameters), and
 * request bodies larger than the app ever needs (413). Tomcat's own limit
 * covers form posts only; Vaadin's round trips (JSON) and uploads would otherwise be read whole,
 * however large. A body sent without a length (browsers always send one) is read here, up to the
 * same limit, and handed on as read.
 */
final class RequestLimits extends OncePerRequestFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    /** The Allow header of a 405: what every address of the app takes at most. */
    static final String ALLOW = "GET, HEAD, POST";
    /** Where Vaadin receives uploads (and serves downloads) of its components. */
    static final String UPLOADS = "/VAADIN/dynamic/resource/";

    private final long body;
    private final long upload;

    RequestLimits(long body, long upload) {
        this.body = body;
        this.upload = upload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!readableQuery(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        long max = path.startsWith(UPLOADS) ? upload : body;
        long length = request.getContentLengthLong();
        if (length > max) {
            tooLarge(response);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            // Sent without a length: read it here, up to the limit, before anyone else does.
            byte[] content = request.getInputStream().readNBytes((int) max + 1);
            if (content.length > max) {
                tooLarge(response);
                return;
            }
            chain.doFilter(new Read(request, content), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the query string of a page request can be read: valid UTF-8, not too many parameters.
     * Tomcat refuses to read it otherwise, and whoever asks first would fail. (Form posts are read by
     * whoever takes them, within Tomcat's limit.)
     */
    private static boolean readableQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        // The rest of the body is not read: the connection ends after the answer.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** A request whose body was sent without a length and has been read already. */
    private static final class Read extends HttpServletRequestWrapper {

        private final byte[] content;

        Read(HttpServletRequest request, byte[] content) {
            super(request);
            this.content = content;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(content);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return content.length;
        }

        @Override
        public long getContentLengthLong() {
            return content.length;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<RequestLimits> requestLimits(@Value("${wvo.limits.body:1MB}") DataSize body,
                                                            @Value("${wvo.limits.upload:11MB}") DataSize upload) {
            FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(
                    new RequestLimits(body.toBytes(), upload.toBytes()));
            // Right after the character encoding, before anything else (Spring's form filter, the server
            // pages, Spring Security) reads the request.
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }
}
