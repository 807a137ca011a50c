package de.willkommenvorort.coursecheck;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of the course check's rules, as staff write it (src/main/resources/coursecheck/rules-v1.json
 * is the first). Texts are translation keys, so staff change the logic and never the words.
 * Rules are read in order: for each course the first rule whose condition holds decides how it is
 * open and whom to ask; {@code js/course-check.js} evaluates the same on the phone.
 *
 * @param version   a whole number, higher than every version before it
 * @param validFrom the date the newcomer sees as "as of"
 * @param source    where the rules were written from (the BAMF's public pages and the laws)
 * @param cases     answers and the courses (course id → how id) they must give
 */
public record CourseRules(int version, LocalDate validFrom, String source, List<Question> questions,
                          List<Course> courses, List<Choice> hows, List<Choice> offices, List<Rule> rules,
                          List<Case> cases) {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** A question and its answers; {@code label} is a translation key. */
    public record Question(String id, String label, List<Choice> options) {
    }

    /** Something with an id and a translation key: an answer, a way a course is open, an office to ask. */
    public record Choice(String id, String label) {
    }

    /** A kind of course, and the county's offers that match it (a category code, a target group or none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Course(String id, String label, String category, String group) {
    }

    /** If {@code when} holds, {@code course} is open in the way {@code how}; ask {@code ask}. {@code note} is for staff. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, String note, Condition when, String course, String how, List<String> ask) {
    }

    /** Exactly one of: {@code question} is {@code is}; {@code question} is one of {@code in}; all of; any of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(String question, String is, List<String> in, List<Condition> all, List<Condition> any) {

        boolean holds(Map<String, String> answers) {
            if (all != null) {
                return all.stream().allMatch(c -> c.holds(answers));
            }
            if (any != null) {
                return any.stream().anyMatch(c -> c.holds(answers));
            }
            String given = answers.get(question);
            return is != null ? is.equals(given) : in.contains(given);
        }
    }

    /** A written case: all answers, and exactly the courses it must show with how each is open. */
    public record Case(String id, Map<String, String> answers, Map<String, String> expect) {
    }

    /** How one course is open for the answers, whom to ask, and the rule that decided it. */
    public record Outcome(String how, List<String> ask, String rule) {
    }

    /** Reads a document; throws {@link JacksonException} when it is not JSON of this shape. */
    public static CourseRules parse(String json) {
        return JSON.readValue(json, CourseRules.class);
    }

    /** The open courses for these answers (course id → outcome), in the order their first rule comes. */
    public Map<String, Outcome> evaluate(Map<String, String> answers) {
        Map<String, Outcome> open = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!open.containsKey(rule.course()) && rule.when().holds(answers)) {
                open.put(rule.course(), new Outcome(rule.how(), rule.ask(), rule.id()));
            }
        }
        return open;
    }

    /** Course id → how id: what a case's {@code expect} is compared with. */
    public Map<String, String> shown(Map<String, String> answers) {
        Map<String, String> shown = new LinkedHashMap<>();
        evaluate(answers).forEach((course, outcome) -> shown.put(course, outcome.how()));
        return shown;
    }

    /** The document for the phone: without the cases and the staff's notes, which the newcomer does not need. */
    public String forDevice() {
        List<Map<String, Object>> slim = rules.stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("when", r.when());
            rule.put("course", r.course());
            rule.put("how", r.how());
            rule.put("ask", r.ask());
            return rule;
        }).toList();
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("version", version);
        device.put("questions", questions.stream().map(q -> Map.of("id", q.id(),
                "options", q.options().stream().map(Choice::id).toList())).toList());
        device.put("rules", slim);
        return JSON.writeValueAsString(device);
    }

    /** The document as staff see it, with a line per property. */
    public String pretty() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }
}
