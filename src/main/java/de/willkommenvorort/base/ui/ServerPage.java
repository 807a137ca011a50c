package de.willkommenvorort.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A newcomer page that is complete in its first HTML response and starts no Vaadin client: the
 * view's own element tree is written into the page on the server, links are plain links and
 * filters plain GET forms, a small script adds what only a browser can do (save, share, read
 * aloud). Such a view may only use elements that are HTML as they are (no web components), and it
 * keeps no state between requests. See docs/decisions/018-server-pages.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServerPage {

    /**
     * Scripts of this page besides page.js, from the app's own files ({@code js/…}), loaded after
     * it in this order: for a page that does more on the phone than the others (the skills profile).
     */
    String[] scripts() default {};
}
