package de.willkommenvorort.calendarimport;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars the county imports: a name, where to read it (a URL read every night, or none for
 * files uploaded by hand), whose offers its events become, what they get when no rule says
 * otherwise, and whether its events go public without review (trusted). Administrators keep every
 * source; a provider staff trust keeps its own (its events go public at once, as its offers do,
 * and staff check them afterwards). Every change is in the audit log under who made it.
 */
@Service
@Transactional
public class CalendarSources {

    public static final int NAME_MAX = 120;
    public static final int URL_MAX = 1000;

    public record Source(long id, String name, Optional<String> url, long providerId, long categoryId,
                         long municipalityId, Cost cost, boolean trusted, Optional<Instant> importedAt,
                         Optional<String> lastReport) {
    }

    /** What an administrator enters for a new source. */
    public record NewSource(String name, String url, Long providerId, Long categoryId, Long municipalityId, Cost cost,
                            boolean trusted) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProviderService providers;

    CalendarSources(JdbcClient jdbc, AuditLog audit, ProviderService providers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    @Secured("ROLE_" + AppRoles.ADMIN)
    public List<Source> all() {
        return jdbc.sql(SELECT + " ORDER BY name, id").query((row, n) -> source(row)).list();
    }

    /** The signed-in provider's own sources. */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + AppRoles.PROVIDER)
    public List<Source> mine() {
        return jdbc.sql(SELECT + " WHERE provider_id = ? ORDER BY name, id").param(ownProvider())
                .query((row, n) -> source(row)).list();
    }

    /** A source; for a provider only its own (another's is as unknown as a missing one). */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + AppRoles.ADMIN, "ROLE_" + AppRoles.PROVIDER})
    public Optional<Source> byId(long id) {
        Optional<Source> source = find(id);
        return CurrentAccount.actingProvider().map(own -> source.filter(s -> s.providerId() == own)).orElse(source);
    }

    Optional<Source> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((row, n) -> source(row)).optional();
    }

    /**
     * A provider staff trust adds a calendar of its own: its events become its offers, public at
     * once and checked by staff afterwards. Whether the source itself is trusted stays the
     * administrators' choice.
     */
    @Secured("ROLE_" + AppRoles.PROVIDER)
    public long addMine(String name, String url, Long categoryId, Long municipalityId, Cost cost) {
        long own = ownProvider();
        if (!providers.trusted(own)) {
            throw new AccessDeniedException("Only a provider staff trust imports its own calendar");
        }
        return insert(new NewSource(name, url, own, categoryId, municipalityId, cost, false));
    }

    /** Whether the signed-in provider may add and import calendars of its own: while staff trust it. */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + AppRoles.PROVIDER)
    public boolean mayAddMine() {
        return providers.trusted(ownProvider());
    }

    /** A provider stops importing its calendar; the offers it brought stay as they are. */
    @Secured("ROLE_" + AppRoles.PROVIDER)
    public void removeMine(long id) {
        if (byId(id).isEmpty()) {
            throw new AccessDeniedException("Not this provider's calendar");
        }
        delete(id);
    }

    /** Adds a source; a wrong field is named with the message to show, and nothing is saved. */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public long add(NewSource source) {
        return insert(source);
    }

    private long insert(NewSource source) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = source.name() == null ? "" : source.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.put("name", "calendar.source.name.invalid");
        }
        String url = source.url() == null || source.url().isBlank() ? null : source.url().strip();
        if (url != null && !webAddress(url)) {
            problems.put("url", "calendar.source.url.invalid");
        }
        if (source.providerId() == null) {
            problems.put("provider", "calendar.source.provider.required");
        }
        if (source.categoryId() == null) {
            problems.put("category", "calendar.source.category.required");
        }
        if (source.municipalityId() == null) {
            problems.put("municipality", "calendar.source.municipality.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO calendar_source (name, url, provider_id, category_id, municipality_id, cost, trusted,
                                                     created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, url, source.providerId(), source.categoryId(), source.municipalityId(),
                        (source.cost() == null ? Cost.FREE : source.cost()).name(), source.trusted(),
                        Timestamp.from(Instant.now()))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(CurrentAccount.actor(), "CALENDAR_SOURCE_ADDED", "calendar_source", id,
                name + (url == null ? "" : " " + url) + (source.trusted() ? " (trusted)" : ""));
        return id;
    }

    /** Trusted or not: from now on its new events and changes go public without review, or wait for it. */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public void trust(long id, boolean trusted) {
        jdbc.sql("UPDATE calendar_source SET trusted = ? WHERE id = ?").params(trusted, id).update();
        audit.record(CurrentAccount.actor(), trusted ? "CALENDAR_SOURCE_TRUSTED" : "CALENDAR_SOURCE_UNTRUSTED",
                "calendar_source", id, null);
    }

    /** Stops importing from the source. The offers it brought stay as they are, with their review state. */
    @Secured("ROLE_" + AppRoles.ADMIN)
    public void remove(long id) {
        delete(id);
    }

    private void delete(long id) {
        jdbc.sql("DELETE FROM calendar_source WHERE id = ?").param(id).update();
        audit.record(CurrentAccount.actor(), "CALENDAR_SOURCE_REMOVED", "calendar_source", id, null);
    }

    void imported(long id, String report) {
        jdbc.sql("UPDATE calendar_source SET imported_at = ?, last_report = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now()), report, id).update();
    }

    /** Whether the source's events go public at once: staff trust the source, or its provider. */
    boolean publishesAtOnce(Source source) {
        return source.trusted() || providers.trusted(source.providerId());
    }

    private static long ownProvider() {
        Long own = CurrentAccount.require().providerId();
        if (own == null) {
            throw new AccessDeniedException("Not a provider");
        }
        return own;
    }

    static boolean webAddress(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && url.length() <= URL_MAX;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final String SELECT = """
            SELECT id, name, url, provider_id, category_id, municipality_id, cost, trusted, imported_at, last_report
            FROM calendar_source""";

    private static Source source(java.sql.ResultSet row) throws java.sql.SQLException {
        Timestamp imported = row.getTimestamp("imported_at");
        return new Source(row.getLong("id"), row.getString("name"), Optional.ofNullable(row.getString("url")),
                row.getLong("provider_id"), row.getLong("category_id"), row.getLong("municipality_id"),
                Cost.valueOf(row.getString("cost")), row.getBoolean("trusted"),
                Optional.ofNullable(imported).map(Timestamp::toInstant), Optional.ofNullable(row.getString("last_report")));
    }
}
