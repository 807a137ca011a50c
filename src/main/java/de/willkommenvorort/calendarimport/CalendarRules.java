package de.willkommenvorort.calendarimport;

import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.security.AppRoles;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' rules that place imported events: a keyword in an event's title, description
 * or categories gives its category; a keyword in its location gives its municipality. Older rules
 * come first, so a specific rule added later does not silently override an earlier one.
 */
@Service
@Transactional
public class CalendarRules {

    public static final int KEYWORD_MAX = 100;

    public enum Kind { CATEGORY, MUNICIPALITY }

    public record Rule(long id, Kind kind, String keyword, long targetId) {
    }

    private final JdbcClient jdbc;

    CalendarRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @Secured("ROLE_" + AppRoles.ADMIN)
    public List<Rule> all() {
        return jdbc.sql("SELECT id, kind, keyword, target_id FROM calendar_rule ORDER BY id")
                .query((row, n) -> new Rule(row.getLong("id"), Kind.valueOf(row.getString("kind")),
                        row.getString("keyword"), row.getLong("target_id"))).list();
    }

    @Secured("ROLE_" + AppRoles.ADMIN)
    public long add(Kind kind, String keyword, Long targetId) {
        String cleaned = keyword == null ? "" : keyword.strip();
        if (cleaned.isEmpty() || cleaned.length() > KEYWORD_MAX || kind == null || targetId == null) {
            throw new InvalidInput(Map.of(cleaned.isEmpty() || cleaned.length() > KEYWORD_MAX ? "keyword" : "target",
                    cleaned.isEmpty() || cleaned.length() > KEYWORD_MAX ? "calendar.rule.keyword.invalid"
                            : "calendar.rule.target.required"));
        }
        jdbc.sql("INSERT INTO calendar_rule (kind, keyword, target_id, created_at) VALUES (?, ?, ?, ?)")
                .params(kind.name(), cleaned, targetId, Timestamp.from(Instant.now())).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    @Secured("ROLE_" + AppRoles.ADMIN)
    public void remove(long id) {
        jdbc.sql("DELETE FROM calendar_rule WHERE id = ?").param(id).update();
    }

    /** The rules as the import applies them, for every import (a provider's own calendar too). */
    @Transactional(readOnly = true)
    List<EventMapping.Rule> forMapping() {
        return all().stream().map(rule -> new EventMapping.Rule(rule.kind(), rule.keyword(), rule.targetId())).toList();
    }
}
