package de.willkommenvorort.coursecheck;

import de.willkommenvorort.coursecheck.CourseRules.Case;
import de.willkommenvorort.coursecheck.CourseRules.Choice;
import de.willkommenvorort.coursecheck.CourseRules.Condition;
import de.willkommenvorort.coursecheck.CourseRules.Question;
import de.willkommenvorort.coursecheck.CourseRules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import de.willkommenvorort.find.OfferLinks;
import de.willkommenvorort.offer.TargetGroup;
import tools.jackson.core.JacksonException;

/**
 * Whether a version of the rules may go public: its shape, that every id it refers to is defined,
 * that every text key is in the translations and every category exists, that it is newer than the
 * version in force, and that each written case gives exactly what it expects, with every rule
 * deciding at least one case. Plain Java, so that {@code CourseRulesTest} runs it without Spring.
 */
public final class CourseRulesCheck {

    private static final int DETAIL_MAX = 200;

    private final Predicate<String> knownKey;
    private final Predicate<String> knownCategory;
    private final int versionInForce;
    private final List<RulesProblem> problems = new ArrayList<>();

    public CourseRulesCheck(Predicate<String> knownKey, Predicate<String> knownCategory, int versionInForce) {
        this.knownKey = knownKey;
        this.knownCategory = knownCategory;
        this.versionInForce = versionInForce;
    }

    /** The rules, or {@link CourseRulesRefused} with every problem found. */
    public CourseRules check(String json) {
        CourseRules rules;
        try {
            rules = CourseRules.parse(json);
        } catch (JacksonException e) {
            String detail = Optional.ofNullable(e.getOriginalMessage()).orElse(e.getClass().getSimpleName());
            throw new CourseRulesRefused(List.of(RulesProblem.of("json",
                    detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) + "…" : detail)));
        }
        if (shape(rules)) {
            references(rules);
            if (problems.isEmpty()) {
                cases(rules);
            }
        }
        if (!problems.isEmpty()) {
            throw new CourseRulesRefused(problems);
        }
        return rules;
    }

    private boolean shape(CourseRules r) {
        require(r.version() > 0, "version");
        require(r.validFrom() != null, "validFrom");
        require(r.source() != null && !r.source().isBlank(), "source");
        for (String list : List.of("questions", "courses", "hows", "offices", "rules", "cases")) {
            List<?> items = switch (list) {
                case "questions" -> r.questions();
                case "courses" -> r.courses();
                case "hows" -> r.hows();
                case "offices" -> r.offices();
                case "rules" -> r.rules();
                default -> r.cases();
            };
            require(items != null && !items.isEmpty() && !items.contains(null), list);
        }
        if (!problems.isEmpty()) {
            return false;
        }
        r.questions().forEach(q -> require(q.id() != null && q.label() != null && q.options() != null
                && !q.options().isEmpty(), "questions." + q.id()));
        Stream.of(r.courses().stream().map(c -> new Choice(c.id(), c.label())), r.hows().stream(),
                r.offices().stream(), r.questions().stream().filter(q -> q.options() != null)
                        .flatMap(q -> q.options().stream())).flatMap(s -> s)
                .forEach(c -> require(c != null && c.id() != null && c.label() != null, "id/label"));
        r.rules().forEach(rule -> require(rule.id() != null && rule.course() != null && rule.how() != null
                && rule.ask() != null && shape(rule.when()), "rules." + rule.id()));
        r.cases().forEach(c -> require(c.id() != null && c.answers() != null && c.expect() != null,
                "cases." + c.id()));
        if (!problems.isEmpty()) {
            // Missing ids or options: what follows would only trip over them.
            return false;
        }
        unique(r.questions().stream().map(Question::id).toList(), "questions");
        unique(r.rules().stream().map(Rule::id).toList(), "rules");
        unique(r.courses().stream().map(CourseRules.Course::id).toList(), "courses");
        unique(r.hows().stream().map(Choice::id).toList(), "hows");
        unique(r.offices().stream().map(Choice::id).toList(), "offices");
        r.questions().forEach(q -> unique(q.options().stream().map(Choice::id).toList(), "questions." + q.id()));
        unique(r.cases().stream().map(Case::id).toList(), "cases");
        return problems.isEmpty();
    }

    private static boolean shape(Condition c) {
        if (c == null) {
            return false;
        }
        long kinds = Stream.of(c.is(), c.in(), c.all(), c.any()).filter(java.util.Objects::nonNull).count();
        if (kinds != 1) {
            return false;
        }
        if (c.all() != null || c.any() != null) {
            List<Condition> parts = c.all() != null ? c.all() : c.any();
            return c.question() == null && !parts.isEmpty() && parts.stream().allMatch(CourseRulesCheck::shape);
        }
        return c.question() != null && (c.in() == null || !c.in().isEmpty());
    }

    private void references(CourseRules r) {
        if (r.version() <= versionInForce) {
            problems.add(RulesProblem.of("version", String.valueOf(versionInForce)));
        }
        Map<String, Set<String>> options = new LinkedHashMap<>();
        r.questions().forEach(q -> options.put(q.id(), ids(q.options(), Choice::id)));
        Set<String> courses = ids(r.courses(), CourseRules.Course::id);
        Set<String> hows = ids(r.hows(), Choice::id);
        Set<String> offices = ids(r.offices(), Choice::id);
        for (Rule rule : r.rules()) {
            conditions(rule.when()).forEach(c -> {
                known(options.keySet(), c.question(), "rules." + rule.id());
                Stream.concat(Stream.ofNullable(c.is()), c.in() == null ? Stream.empty() : c.in().stream())
                        .forEach(o -> known(options.getOrDefault(c.question(), Set.of()), o,
                                "rules." + rule.id() + "." + c.question()));
            });
            known(courses, rule.course(), "rules." + rule.id() + ".course");
            known(hows, rule.how(), "rules." + rule.id() + ".how");
            rule.ask().forEach(o -> known(offices, o, "rules." + rule.id() + ".ask"));
        }
        for (Case c : r.cases()) {
            options.keySet().forEach(q -> require(c.answers().containsKey(q), "cases." + c.id() + "." + q));
            c.answers().forEach((q, o) -> {
                known(options.keySet(), q, "cases." + c.id());
                known(options.getOrDefault(q, Set.of()), o, "cases." + c.id() + "." + q);
            });
            c.expect().forEach((course, how) -> {
                known(courses, course, "cases." + c.id() + ".expect");
                known(hows, how, "cases." + c.id() + ".expect");
            });
        }
        Stream.of(r.questions().stream().map(Question::label),
                r.questions().stream().flatMap(q -> q.options().stream()).map(Choice::label),
                r.courses().stream().map(CourseRules.Course::label), r.hows().stream().map(Choice::label),
                r.offices().stream().map(Choice::label)).flatMap(s -> s).distinct()
                .filter(knownKey.negate()).forEach(key -> problems.add(RulesProblem.of("key", key)));
        Set<String> groups = ids(List.of(TargetGroup.values()), OfferLinks::slug);
        r.courses().stream().filter(c -> c.group() != null)
                .forEach(c -> known(groups, c.group(), "courses." + c.id() + ".group"));
        r.courses().stream().map(CourseRules.Course::category).filter(java.util.Objects::nonNull).distinct()
                .filter(knownCategory.negate()).forEach(code -> problems.add(RulesProblem.of("category", code)));
    }

    private void cases(CourseRules r) {
        Set<String> deciding = new HashSet<>();
        for (Case c : r.cases()) {
            Map<String, CourseRules.Outcome> open = r.evaluate(c.answers());
            open.values().forEach(o -> deciding.add(o.rule()));
            Map<String, String> shown = r.shown(c.answers());
            if (!shown.equals(c.expect())) {
                problems.add(RulesProblem.of("case", c.id(), describe(shown), describe(c.expect())));
            }
        }
        r.rules().stream().map(Rule::id).filter(id -> !deciding.contains(id))
                .forEach(id -> problems.add(RulesProblem.of("uncovered", id)));
    }

    private static String describe(Map<String, String> shown) {
        return shown.isEmpty() ? "–" : shown.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static List<Condition> conditions(Condition c) {
        List<Condition> parts = c.all() != null ? c.all() : c.any();
        return parts == null ? List.of(c) : parts.stream().flatMap(p -> conditions(p).stream()).toList();
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private void known(Set<String> ids, String id, String where) {
        if (!ids.contains(id)) {
            problems.add(RulesProblem.of("unknown", where, String.valueOf(id)));
        }
    }

    private void unique(List<String> ids, String where) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).distinct()
                .forEach(id -> problems.add(RulesProblem.of("duplicate", where, id)));
    }

    private void require(boolean holds, String where) {
        if (!holds) {
            problems.add(RulesProblem.of("schema", where));
        }
    }
}
