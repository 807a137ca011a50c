package de.willkommenvorort.i18n;

/**
 * The served languages are also read where no bean reaches (language cookies, reading order), from
 * what the last started context registered. A test that starts a second context in the same JVM
 * gives the first one its languages back with this.
 */
public final class ServedLanguagesOfContext {

    private ServedLanguagesOfContext() {
    }

    public static void use(ServedLanguages served) {
        LanguagePreference.servedBy(served::serves);
        ReadingOrder.secondChoiceBy(served::secondChoice);
    }
}
