package de.willkommenvorort.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phone or laptop talking HTTP to the app: its own cookies, no redirects followed. It opens a
 * Vaadin view the way Vaadin's client does (the "init" request, then a navigation round trip) and
 * returns what the server sent for it, so that a view's content and its access checks can be
 * tested without a browser. {@link #raw} sends bytes no HTTP client would (invalid encodings).
 */
public final class HttpDevice {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpDevice(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** A GET with extra headers given as name, value, name, value … */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as a browser does, with extra headers given as name, value … */
    public HttpResponse<String> postForm(String path, String body, String... headers)
            throws IOException, InterruptedException {
        return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body), headers);
    }

    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form; returns where the server sends the browser. */
    public String signIn(String email, String password) throws IOException, InterruptedException {
        return signIn("/login", email, password);
    }

    /** Posts the sign-in form to this address (which may carry a query); returns the redirect. */
    public String signIn(String path, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postForm(path, "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        return answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect after sign-in: " + answer.statusCode()));
    }

    /** The staff member's second step; returns the redirect. */
    public String code(String code) throws IOException, InterruptedException {
        return postForm("/login/code", "code=" + code).headers().firstValue("Location").orElseThrow();
    }

    /**
     * Opens a Vaadin view (route and query without the leading slash, as in {@code my/offers/12})
     * and returns the server's answer to the navigation: the view's elements and texts as Vaadin's
     * JSON, or whatever the access checks put in their place.
     */
    public String view(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (init.statusCode() != 200 || !key.find()) {
            throw new AssertionError("Vaadin did not start a UI: " + init.statusCode() + " " + init.body());
        }
        String navigation = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), json(route), json(query));
        return post("/?v-r=uidl&v-uiId=" + uiId(init.body()), "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(navigation)).body();
    }

    public String view(String route) throws IOException, InterruptedException {
        return view(route, "");
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** An answer read from the socket: status, the header lines as they came, the body (de-chunked). */
    public record RawAnswer(int status, String head, String body) {

        public Optional<String> header(String name) {
            return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst();
        }

        @Override
        public String toString() {
            return head + "\n\n" + body;
        }
    }

    /** Sends the bytes as they are on a connection of its own and reads the whole answer. */
    public static RawAnswer raw(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server answered and closed before the whole body was sent: read its answer.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException e) {
                // A reset after the answer: what arrived is the answer.
            }
            return parse(answer.toByteArray());
        }
    }

    /** A raw GET with extra header lines (each without its line end). */
    public static RawAnswer rawGet(int port, String target, String... headerLines) throws IOException {
        return rawRequest(port, "GET", target, new byte[0], headerLines);
    }

    /** A raw request with a body (its Content-Length is added) and extra header lines. */
    public static RawAnswer rawRequest(int port, String method, String target, byte[] body, String... headerLines)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (java.util.Arrays.stream(headerLines).noneMatch(l -> l.regionMatches(true, 0, "Host:", 0, 5))) {
            head.append("Host: localhost\r\n");
        }
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body.length > 0 && java.util.Arrays.stream(headerLines).noneMatch(l -> l.startsWith("Transfer-Encoding"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return raw(port, request.toByteArray());
    }

    /** A body sent in chunks of 64 KB, as a client sends what it does not know the length of. */
    public static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int sent = 0; sent < size; sent += chunk.length) {
            out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static RawAnswer parse(byte[] bytes) {
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new AssertionError("no complete answer: " + new String(bytes, StandardCharsets.UTF_8));
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            int at = 0;
            while (at < body.length) {
                int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
                int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
                if (size == 0) {
                    break;
                }
                plain.write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            body = plain.toByteArray();
        }
        return new RawAnswer(status, head, new String(body, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i <= bytes.length - part.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int uiId(String init) {
        Matcher id = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init);
        return id.find() ? Integer.parseInt(id.group(1)) : 0;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
