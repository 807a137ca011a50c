package de.willkommenvorort.coursecheck;

import java.util.List;

/** A version of the rules that did not pass its checks; nothing was stored. */
public class CourseRulesRefused extends RuntimeException {

    private final transient List<RulesProblem> problems;

    public CourseRulesRefused(List<RulesProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<RulesProblem> problems() {
        return problems;
    }
}
