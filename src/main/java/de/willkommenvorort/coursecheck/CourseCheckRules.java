package de.willkommenvorort.coursecheck;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course check's rules in force, and publishing a new version of them: the newest version an
 * administrator published, else the one the app ships ({@code coursecheck/rules-v1.json}). A new
 * version goes public only when {@link CourseRulesCheck} finds nothing wrong, and is audited.
 */
@Service
@Transactional(readOnly = true)
public class CourseCheckRules {

    /** The rules the app ships, in force until an administrator publishes a newer version. */
    static final String SHIPPED = "/coursecheck/rules-v1.json";

    private final CourseRuleVersionRepository versions;
    private final CategoryService categories;
    private final AuditLog audit;
    private final Clock clock;
    private final CourseRules shipped;

    CourseCheckRules(CourseRuleVersionRepository versions, CategoryService categories, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
        this.shipped = CourseRules.parse(shippedDocument());
    }

    /** The document the app ships, as written. */
    public static String shippedDocument() {
        try (InputStream in = CourseCheckRules.class.getResourceAsStream(SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules newcomers get now. */
    public CourseRules inForce() {
        return versions.findFirstByOrderByVersionDesc().map(v -> CourseRules.parse(v.getDocument()))
                .filter(stored -> stored.version() > shipped.version()).orElse(shipped);
    }

    /**
     * Checks a new version and, if it passes, puts it in force and writes it to the audit log.
     *
     * @throws CourseRulesRefused with every problem found; nothing is stored then
     */
    @Transactional
    @Secured("ROLE_" + AppRoles.ADMIN)
    public CourseRules publish(String json) {
        CourseRules current = inForce();
        CourseRules rules = check(current.version()).check(json);
        CourseRuleVersion stored;
        try {
            stored = versions.saveAndFlush(new CourseRuleVersion(rules, json, clock.instant(), Actor.current()));
        } catch (DataIntegrityViolationException sameVersion) {
            // Another administrator published this version number a moment ago: it is the one in force.
            throw new CourseRulesRefused(List.of(RulesProblem.of("version", String.valueOf(rules.version()))));
        }
        audit.record(Actor.current(), "COURSE_RULES_PUBLISHED", "course_rules", stored.getId(),
                "version " + rules.version() + ", " + rules.validFrom(), current.pretty(), rules.pretty());
        return rules;
    }

    private CourseRulesCheck check(int versionInForce) {
        Map<String, String> german = TranslationProvider.load(Language.SOURCE).orElse(Map.of());
        return new CourseRulesCheck(german::containsKey, code -> categories.byCode(code).isPresent(), versionInForce);
    }
}
