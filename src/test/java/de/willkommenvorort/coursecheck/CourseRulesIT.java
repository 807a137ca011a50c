package de.willkommenvorort.coursecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An administrator publishes a new version of the course check's rules: one that passes its cases
 * is in force at once and audited with what it replaced; one with a failing case or an unknown text
 * key is refused with what is wrong, in the administrator's words, and nothing changes; a moderator
 * may not publish at all.
 */
@AppTest
class CourseRulesIT {

    @Autowired
    CourseCheckRules rules;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TranslationProvider translations;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** The shipped rules as the next version: same logic, a new number. */
    private String nextVersion() {
        int next = rules.inForce().version() + 1;
        return CourseCheckRules.shippedDocument().replace("\"version\": 1,", "\"version\": " + next + ",");
    }

    private long storedVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM course_rules").query(Long.class).single();
    }

    @Test
    void a_version_that_passes_its_cases_is_in_force_at_once_and_audited() {
        AccountUser admin = accounts.admin();
        TestAccounts.signIn(admin);
        int before = rules.inForce().version();

        CourseRules published = rules.publish(nextVersion().replace("\"validFrom\": \"2026-12-07\"",
                "\"validFrom\": \"2027-01-15\""));

        assertThat(published.version()).isEqualTo(before + 1);
        assertThat(rules.inForce().version()).isEqualTo(before + 1);
        assertThat(rules.inForce().validFrom()).hasToString("2027-01-15");
        var entry = jdbc.sql("SELECT actor, detail, before_value, after_value FROM audit_entry"
                + " WHERE action = 'COURSE_RULES_PUBLISHED' ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(entry.get(0)).isEqualTo(admin.pseudonym());
        assertThat(entry.get(1)).isEqualTo("version " + (before + 1) + ", 2027-01-15");
        assertThat(entry.get(2)).contains("\"version\" : " + before);
        assertThat(entry.get(3)).contains("\"version\" : " + (before + 1));
    }

    @Test
    void a_version_with_a_failing_case_is_refused_with_the_case_and_nothing_changes() {
        TestAccounts.signIn(accounts.admin());
        int before = rules.inForce().version();
        long stored = storedVersions();
        String broken = nextVersion().replaceFirst("\"integration\": \"obligated\"\n", "\"integration\": \"entitled\"\n");

        assertThatThrownBy(() -> rules.publish(broken)).isInstanceOfSatisfying(CourseRulesRefused.class, refused -> {
            assertThat(refused.problems()).hasSize(1);
            RulesProblem problem = refused.problems().getFirst();
            assertThat(translations.translate(problem.key(), Language.get("de"), problem.args().toArray()))
                    .isEqualTo("Testfall work-letter-from-office ergibt „integration = obligated“, erwartet ist"
                            + " „integration = entitled“.");
            assertThat(translations.translate(problem.key(), Language.get("en"), problem.args().toArray()))
                    .isEqualTo("Test case work-letter-from-office gives \"integration = obligated\"; expected"
                            + " \"integration = entitled\".");
        });
        assertThat(rules.inForce().version()).isEqualTo(before);
        assertThat(storedVersions()).isEqualTo(stored);
    }

    @Test
    void a_version_with_an_unknown_text_key_or_a_bad_document_is_refused() {
        TestAccounts.signIn(accounts.admin());
        long stored = storedVersions();
        String unknownKey = nextVersion().replace("\"coursecheck.course.women\"", "\"coursecheck.course.woman\"");

        assertThatThrownBy(() -> rules.publish(unknownKey)).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(
                        translations.translate(p.key(), Language.get("de"), p.args().toArray()))
                        .isEqualTo("Den Textschlüssel coursecheck.course.woman gibt es nicht in den Übersetzungen.")));
        String unknownCategory = nextVersion().replace("\"job-language-course\"", "\"job-language-courses\"");
        assertThatThrownBy(() -> rules.publish(unknownCategory)).isInstanceOfSatisfying(CourseRulesRefused.class,
                refused -> assertThat(refused.problems()).containsExactly(
                        RulesProblem.of("category", "job-language-courses")));
        assertThatThrownBy(() -> rules.publish("[1, 2")).isInstanceOf(CourseRulesRefused.class);
        assertThat(storedVersions()).isEqualTo(stored);
    }

    @Test
    void a_moderator_may_not_publish_rules() {
        TestAccounts.signIn(accounts.moderator());
        long stored = storedVersions();

        assertThatThrownBy(() -> rules.publish(nextVersion())).isInstanceOf(AccessDeniedException.class);
        assertThat(storedVersions()).isEqualTo(stored);
    }
}
