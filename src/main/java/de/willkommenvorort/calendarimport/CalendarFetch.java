package de.willkommenvorort.calendarimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads a calendar from its address: http or https, redirects followed, 30 seconds at the most and
 * {@code wvo.calendar-import.max-size} (5 MB) at the most, so a wrong address cannot hold up the
 * nightly import or fill the memory.
 */
@Component
class CalendarFetch {

    /** The calendar could not be read; {@code reason} is what the staff page says. */
    static final class Unreachable extends IOException {

        private final String reason;

        Unreachable(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final long maxBytes;

    CalendarFetch(@Value("${wvo.calendar-import.max-size:5MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    InputStream open(String address) throws Unreachable {
        if (!CalendarSources.webAddress(address)) {
            throw new Unreachable("unreachable", "Not a web address: " + address);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT)
                .header("Accept", "text/calendar, */*;q=0.5")
                .header("User-Agent", "Willkommen vor Ort calendar import").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Unreachable("unreachable", "HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Unreachable("too-large", "More than " + maxBytes + " bytes");
                }
                return new ByteArrayInputStream(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("unreachable", "Interrupted");
        } catch (Unreachable e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreachable("unreachable", e.getMessage());
        }
    }
}
