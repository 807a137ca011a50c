package de.willkommenvorort.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;

/**
 * The rules the app ships, under the Java evaluator: every written case gives what it expects,
 * every rule decides a case, every text key is translated; and versions with a wrong case, an
 * unknown key, an unknown answer or an old version number are refused with what is wrong.
 */
class CourseRulesTest {

    private static final String SHIPPED = CourseCheckRules.shippedDocument();
    private static final Map<String, String> GERMAN = TranslationProvider.load(Language.SOURCE).orElseThrow();
    private static final Predicate<String> CATEGORIES = Set.of("integration-course", "job-language-course")::contains;

    private static CourseRulesCheck check(int versionInForce) {
        return new CourseRulesCheck(GERMAN::containsKey, CATEGORIES, versionInForce);
    }

    @TestFactory
    Stream<DynamicTest> every_written_case_gives_the_courses_it_expects() {
        CourseRules rules = CourseRules.parse(SHIPPED);
        assertThat(rules.cases()).hasSizeGreaterThanOrEqualTo(12);
        return rules.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(),
                () -> assertThat(rules.shown(c.answers())).isEqualTo(c.expect())));
    }

    @Test
    void the_shipped_rules_pass_every_check() {
        CourseRules rules = check(0).check(SHIPPED);
        assertThat(rules.version()).isEqualTo(1);
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rules.cases())
                .as("a case decided by rule %s", rule.id())
                .anyMatch(c -> rules.evaluate(c.answers()).values().stream().anyMatch(o -> o.rule().equals(rule.id()))));
    }

    @Test
    void an_obligation_comes_before_an_entitlement() {
        CourseRules rules = CourseRules.parse(SHIPPED);
        Map<String, String> answers = Map.of("residence", "work-family", "age", "27-plus", "german", "some",
                "letter", "jobcenter", "latin", "yes", "children", "no", "women", "no");
        assertThat(rules.evaluate(answers).get("integration"))
                .isEqualTo(new CourseRules.Outcome("obligated", java.util.List.of("jobcenter", "mbe"), "letter-jobcenter"));
    }

    @Test
    void a_case_that_fails_is_refused_with_what_it_gave_and_what_it_expected() {
        String broken = SHIPPED.replace("\"version\": 1,", "\"version\": 2,")
                .replaceFirst("\"integration\": \"obligated\"\n", "\"integration\": \"entitled\"\n");
        assertThat(broken).isNotEqualTo(SHIPPED);
        assertThatThrownBy(() -> check(1).check(broken)).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).containsExactly(new RulesProblem("coursecheck.staff.error.case",
                        java.util.List.of("work-letter-from-office", "integration = obligated", "integration = entitled"))));
    }

    @Test
    void an_unknown_text_key_an_unknown_answer_and_an_old_version_are_refused() {
        String broken = SHIPPED.replace("\"coursecheck.how.repeat\"", "\"coursecheck.how.no-such-key\"")
                .replace("\"is\": \"under-27\"", "\"is\": \"under-30\"");
        assertThatThrownBy(() -> check(1).check(broken)).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).contains(
                        RulesProblem.of("version", "1"),
                        RulesProblem.of("key", "coursecheck.how.no-such-key"),
                        RulesProblem.of("unknown", "rules.youth-course.age", "under-30")));
    }

    @Test
    void a_rule_no_case_decides_is_refused() {
        // A second rule for the integration course after "repeat", with its condition: it can never decide.
        ObjectNode document = (ObjectNode) CourseRules.JSON.readTree(SHIPPED);
        document.put("version", 2);
        ObjectNode shadowed = ((ObjectNode) document.get("rules").get(6)).deepCopy();
        assertThat(shadowed.get("id").asString()).isEqualTo("repeat");
        shadowed.put("id", "repeat-again");
        ((ArrayNode) document.get("rules")).add(shadowed);
        assertThatThrownBy(() -> check(1).check(document.toString())).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).containsExactly(RulesProblem.of("uncovered", "repeat-again")));
    }

    @Test
    void an_answer_given_twice_is_refused() {
        String twice = SHIPPED.replace("\"id\": \"27-plus\"", "\"id\": \"under-27\"");
        assertThatThrownBy(() -> check(0).check(twice)).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).containsExactly(
                        RulesProblem.of("duplicate", "questions.age", "under-27")));
    }

    @Test
    void what_is_not_json_or_lacks_a_part_is_refused() {
        assertThatThrownBy(() -> check(0).check("{ not json")).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(p -> assertThat(p.key()).isEqualTo("coursecheck.staff.error.json")));
        assertThatThrownBy(() -> check(0).check("{\"version\": 3}")).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).contains(RulesProblem.of("schema", "rules"),
                        RulesProblem.of("schema", "validFrom")));
    }

    @Test
    void a_question_without_options_or_a_rule_without_id_is_named_not_failed_on() {
        ObjectNode document = (ObjectNode) CourseRules.JSON.readTree(SHIPPED);
        document.put("version", 2);
        ((ObjectNode) document.get("questions").get(0)).remove("options");
        ((ObjectNode) document.get("rules").get(0)).remove("id");
        String question = document.get("questions").get(0).get("id").asString();
        assertThatThrownBy(() -> check(1).check(document.toString())).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).contains(RulesProblem.of("schema", "questions." + question),
                        RulesProblem.of("schema", "rules.null")));
    }
}
