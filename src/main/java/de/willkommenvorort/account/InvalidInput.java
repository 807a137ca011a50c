package de.willkommenvorort.account;

import java.util.Map;

/** Input the service refused, with a translation key per field; nothing was saved. */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name to translation key. */
    public Map<String, String> problems() {
        return problems;
    }
}
