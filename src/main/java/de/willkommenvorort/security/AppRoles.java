package de.willkommenvorort.security;

/** The roles of the app, in one place. Newcomers have none: they never sign in. */
public final class AppRoles {

    public static final String PROVIDER = "PROVIDER";
    /** A volunteer who translates offers and info pages (decision 023). */
    public static final String TRANSLATOR = "TRANSLATOR";
    public static final String MODERATOR = "MODERATOR";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
