package de.willkommenvorort.municipality;

import java.util.Map;

/**
 * An administrator's change the service refused, with a translation key per field (or
 * {@code "delete"}); nothing was saved. Its own type because the accounts feature, which has the
 * general one, depends on this feature.
 */
public class MunicipalityRefused extends RuntimeException {

    private final transient Map<String, String> problems;

    MunicipalityRefused(Map<String, String> problems) {
        super("Refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name to translation key. */
    public Map<String, String> problems() {
        return problems;
    }
}
