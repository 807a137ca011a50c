package de.willkommenvorort.account;

/** What a volunteer translator types to register; the languages they translate are the translation feature's. */
public record TranslatorRegistration(String name, String email, String password, String language, boolean consent) {
}
