package de.willkommenvorort.base;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A newcomer page as {@link PageCache} keeps it: the headers the page set, its ETag and its HTML,
 * compressed once. Sent compressed to every browser that takes it (all of them, in practice), and
 * as "304 Not Modified" to a phone that already holds this version.
 */
final class RenderedPage {

    static final String IF_NONE_MATCH = "If-None-Match";
    private static final String ETAG = "ETag";
    /** What the container or this class decides for each answer, not the page. */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "set-cookie", "date",
            "transfer-encoding", "content-type", "vary");

    private record Header(String name, String value) {
    }

    private final List<Header> headers;
    private final String contentType;
    private final byte[] compressed;

    private RenderedPage(List<Header> headers, String contentType, byte[] compressed) {
        this.headers = List.copyOf(headers);
        this.contentType = contentType;
        this.compressed = compressed;
    }

    /** Roughly what it takes in memory, in bytes. */
    int weight() {
        return compressed.length + headers.stream().mapToInt(h -> h.name().length() + h.value().length()).sum() + 200;
    }

    /** Sends the page, or "not modified" to a phone that holds this version ({@code ifNoneMatch}). */
    void answer(String ifNoneMatch, String acceptEncoding, HttpServletResponse response) throws IOException {
        Set<String> set = new HashSet<>();
        for (Header header : headers) {
            if (set.add(header.name().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setContentType(contentType);
        response.setStatus(HttpServletResponse.SC_OK);
        String tag = headers.stream().filter(h -> h.name().equalsIgnoreCase(ETAG)).map(Header::value).findFirst()
                .orElse(null);
        if (tag != null && ServerPages.unchanged(ifNoneMatch, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader("Vary", "Accept-Encoding");
        byte[] body;
        if (acceptsGzip(acceptEncoding)) {
            response.setHeader("Content-Encoding", "gzip");
            body = compressed;
        } else {
            body = gunzip(compressed);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether {@code Accept-Encoding} admits gzip (an explicit {@code q=0} refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.startsWith("q=")) {
                        refused = parameter.matches("q=0(\\.0{0,3})?");
                    }
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The response as the page is rendered into it: status and headers go on to the real response
     * as they are set, the HTML is held back, to be kept ({@link #page()}) or sent as it is
     * ({@link #release()}).
     */
    static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        private boolean keepable = true;
        private int status = SC_OK;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        /**
         * The page to keep: a complete HTML page that set no cookie; else nothing. It keeps every
         * header the response carries by now, those of the filters before it (security headers)
         * included, so that it can be answered before them.
         */
        RenderedPage page() {
            flushWriter();
            String type = getContentType();
            if (!keepable || status != SC_OK || type == null || !type.startsWith("text/html") || body.size() == 0
                    || !getHeaders("Set-Cookie").isEmpty()) {
                return null;
            }
            List<Header> headers = new ArrayList<>();
            for (String name : new LinkedHashSet<>(getHeaderNames())) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
                }
            }
            return new RenderedPage(headers, type, gzip(body.toByteArray()));
        }

        /** Sends what was rendered as it is (a page that is not kept). */
        void release() throws IOException {
            flushWriter();
            if (body.size() > 0) {
                getResponse().setContentLength(body.size());
                getResponse().getOutputStream().write(body.toByteArray());
            }
        }

        private void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            keepable = false;
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            keepable = false;
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            keepable = false;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            keepable = false;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("set-cookie".equalsIgnoreCase(name)) {
                keepable = false;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("set-cookie".equalsIgnoreCase(name)) {
                keepable = false;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setContentLength(int len) {
            // Known when the page is sent.
        }

        @Override
        public void setContentLengthLong(long len) {
            // Known when the page is sent.
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is rendered in one go");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            flushWriter();
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            status = SC_OK;
            super.reset();
        }
    }
}
