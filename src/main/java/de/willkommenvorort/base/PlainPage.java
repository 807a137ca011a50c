package de.willkommenvorort.base;

/**
 * The look of the few pages written without Vaadin (the offline page, the error pages): the app's
 * colours in a few rules, inline, because these pages must show without loading anything.
 */
final class PlainPage {

    static final String STYLE = """
            body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f1e}
            header{background:#0b5d53;color:#fff;padding:0.75rem 1rem;font-weight:700}
            main{padding:1rem;max-inline-size:40rem;margin-inline:auto}
            """;

    private PlainPage() {
    }
}
