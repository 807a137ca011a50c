package de.willkommenvorort.benchmark;

import java.io.CharArrayWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Counts what the server puts on the wire for each finished response: the body as written to the
 * socket (after compression and chunking, Tomcat's own count) plus the status line and headers.
 */
class WireBytes extends AbstractAccessLogValve {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final java.util.List<String> responses = new java.util.concurrent.CopyOnWriteArrayList<>();

    WireBytes() {
        setPattern("%B");
    }

    @Override
    public void log(Request request, Response response, long time) {
        long body = response.getCoyoteResponse().getBytesWritten(false);
        long headers = "HTTP/1.1 200 \r\n\r\n".length();
        MimeHeaders mime = response.getCoyoteResponse().getMimeHeaders();
        for (int i = 0; i < mime.size(); i++) {
            headers += mime.getName(i).getLength() + 2 + mime.getValue(i).getLength() + 2;
        }
        bytes.addAndGet(body + headers);
        requests.incrementAndGet();
        responses.add(String.format("%7d B  %s %s", body + headers, request.getMethod(), request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
    }

    @Override
    protected void log(CharArrayWriter message) {
        // Counted in log(Request, Response, long) above; nothing is written anywhere.
    }

    void reset() {
        bytes.set(0);
        requests.set(0);
        responses.clear();
    }

    long bytes() {
        return bytes.get();
    }

    java.util.List<String> responses() {
        return java.util.List.copyOf(responses);
    }

    long requests() {
        return requests.get();
    }
}
