package de.willkommenvorort.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The app's address as the county publishes it ({@code wvo.public-url}): what canonical links,
 * link previews, shared links and the sitemap point to. Never taken from the request's Host
 * header, which anyone can set.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${wvo.public-url}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** An absolute address of a path inside the app ({@code offer/12} → {@code https://…/offer/12}). */
    public String of(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
