package de.willkommenvorort.info;

/**
 * A published info page as a link: its address, its title, and the language the title is in
 * ({@code textLanguage} differs from the reader's when the page is not yet translated for them).
 */
public record InfoLink(String slug, String title, String textLanguage) {

    public String href() {
        return InfoPages.ROUTE + "/" + slug;
    }
}
