package de.willkommenvorort.base.ui;

/** A server page that describes itself for search engines and link previews ({@link PageMeta}). */
public interface HasPageMeta {

    /** Asked after navigation, so the view may describe what it shows. */
    PageMeta pageMeta();
}
