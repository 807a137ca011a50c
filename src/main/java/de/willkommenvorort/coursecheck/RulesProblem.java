package de.willkommenvorort.coursecheck;

import java.util.List;

/** Why a version of the rules was refused: a translation key and its arguments, shown to the administrator. */
public record RulesProblem(String key, List<String> args) {

    public RulesProblem {
        args = List.copyOf(args);
    }

    static RulesProblem of(String key, String... args) {
        return new RulesProblem("coursecheck.staff.error." + key, List.of(args));
    }
}
