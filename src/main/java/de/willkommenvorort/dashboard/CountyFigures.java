package de.willkommenvorort.dashboard;

import de.willkommenvorort.category.BuildingBlock;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.ServedLanguages;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's figures for the dashboard, read with plain SQL straight from the offer and report
 * tables: counting across features is reporting, not behaviour, and one grouped query beats
 * loading entities (docs/decisions/017). Only reads. Times are compared in UTC, as Hibernate
 * stores instants.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class CountyFigures {

    /** Published means published and not a pending revision row; expired or archived offers do not count. */
    private static final String PUBLISHED = "o.review_state = 'PUBLISHED' AND o.revision_of IS NULL";

    private static final long DAY = 86_400;

    private final JdbcClient jdbc;
    private final ServedLanguages served;
    private final Clock clock;

    CountyFigures(JdbcClient jdbc, Clock clock, ServedLanguages served) {
        this.jdbc = jdbc;
        this.served = served;
        this.clock = clock;
    }

    /** Published offers per building block, all four blocks, in their usual order. */
    public List<BlockCount> offersPerBlock() {
        Map<String, Long> counts = publishedPerBlock();
        return Arrays.stream(BuildingBlock.values())
                .map(block -> new BlockCount(block, counts.getOrDefault(block.name(), 0L)))
                .toList();
    }

    private Map<String, Long> publishedPerBlock() {
        return counts("SELECT c.building_block, COUNT(*) FROM offer o JOIN category c ON c.id = o.category_id WHERE "
                + PUBLISHED + " GROUP BY c.building_block");
    }

    /**
     * Published offers per municipality, every municipality included (a zero shows where help is
     * missing), most offers first, and the offers online or by phone as one more place.
     */
    public List<PlaceCount> offersPerPlace() {
        List<PlaceCount> places = new ArrayList<>(jdbc.sql("SELECT m.name, COUNT(o.id) FROM municipality m"
                        + " LEFT JOIN offer o ON o.municipality_id = m.id AND NOT o.online AND " + PUBLISHED
                        + " GROUP BY m.id, m.name ORDER BY COUNT(o.id) DESC, m.name")
                .query((rs, n) -> new PlaceCount(Optional.of(rs.getString(1)), rs.getLong(2))).list());
        long online = jdbc.sql("SELECT COUNT(*) FROM offer o WHERE o.online AND " + PUBLISHED)
                .query(Long.class).single();
        places.add(new PlaceCount(Optional.empty(), online));
        return places;
    }

    /** The submissions waiting for review, with the age of the oldest and an age histogram. */
    public ReviewQueue reviewQueue() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        StringBuilder classes = new StringBuilder();
        for (ReviewQueue.Age age : ReviewQueue.Age.values()) {
            classes.append(", COALESCE(SUM(q.age >= ").append(age.fromDays() * DAY);
            if (age.toDays() != Integer.MAX_VALUE) {
                classes.append(" AND q.age < ").append(age.toDays() * DAY);
            }
            classes.append("), 0)");
        }
        return jdbc.sql("SELECT COUNT(*), MIN(q.since)" + classes + """
                         FROM (SELECT COALESCE(o.submitted_at, o.updated_at) AS since,
                                     TIMESTAMPDIFF(SECOND, COALESCE(o.submitted_at, o.updated_at), :now) AS age
                              FROM offer o WHERE o.review_state = 'SUBMITTED') q
                        """)
                .param("now", now)
                .query((rs, n) -> {
                    Map<ReviewQueue.Age, Long> byAge = new EnumMap<>(ReviewQueue.Age.class);
                    ReviewQueue.Age[] ages = ReviewQueue.Age.values();
                    for (int i = 0; i < ages.length; i++) {
                        byAge.put(ages[i], rs.getLong(3 + i));
                    }
                    Optional<Duration> oldest = Optional.ofNullable(rs.getObject(2, LocalDateTime.class))
                            .map(since -> Duration.between(since, now));
                    return new ReviewQueue(rs.getLong(1), oldest, byAge);
                })
                .single();
    }

    /** Reports not yet resolved, and the offers with at least {@link OpenReports#FLAGGED} of them. */
    public OpenReports openReports() {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(r.reports), 0), COALESCE(SUM(r.reports >= :flagged), 0)
                        FROM (SELECT COUNT(*) AS reports FROM offer_report WHERE resolved_at IS NULL GROUP BY offer_id) r
                        """)
                .param("flagged", OpenReports.FLAGGED)
                .query((rs, n) -> new OpenReports(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /**
     * For each building block and for the whole county (block empty, first), and each of the
     * languages: how many published offers have a current and an outdated text in it. The status
     * column is the one the editor keeps (a translation turns OUTDATED when its source changes).
     */
    public List<Coverage> translationCoverage() {
        Map<String, Long> published = publishedPerBlock();
        Map<String, Long> texts = counts("SELECT CONCAT_WS('/', c.building_block, t.language, t.status), COUNT(*)"
                + " FROM offer o JOIN category c ON c.id = o.category_id JOIN offer_text t ON t.offer_id = o.id"
                + " WHERE " + PUBLISHED + " GROUP BY c.building_block, t.language, t.status");
        List<Coverage> cells = new ArrayList<>();
        for (Language language : served.all()) {
            long all = 0;
            long current = 0;
            long outdated = 0;
            List<Coverage> row = new ArrayList<>();
            for (BuildingBlock block : BuildingBlock.values()) {
                String key = block.name() + "/" + language.code() + "/";
                Coverage cell = new Coverage(Optional.of(block), language, published.getOrDefault(block.name(), 0L),
                        texts.getOrDefault(key + "CURRENT", 0L), texts.getOrDefault(key + "OUTDATED", 0L));
                all += cell.published();
                current += cell.current();
                outdated += cell.outdated();
                row.add(cell);
            }
            cells.add(new Coverage(Optional.empty(), language, all, current, outdated));
            cells.addAll(row);
        }
        return cells;
    }

    /**
     * As {@link #translationCoverage()}, for the live info pages: a translation is current while it
     * was made from today's approved German (its {@code source_hash} is the SHA-256 of the German
     * title, a NUL and the body, as the info feature computes it). Pages of no building block count
     * for the whole county only.
     */
    public List<Coverage> infoPageCoverage() {
        Map<String, Long> live = counts("SELECT COALESCE(p.building_block, '-'), COUNT(*) FROM info_page p"
                + " JOIN info_page_published_text g ON g.page_id = p.id AND g.language = 'de'"
                + " WHERE p.live GROUP BY p.building_block");
        Map<String, Long> texts = counts("""
                SELECT CONCAT_WS('/', COALESCE(p.building_block, '-'), t.language,
                       IF(t.language = 'de' OR t.source_hash = SHA2(CONCAT(g.title, CHAR(0), g.body), 256),
                          'CURRENT', 'OUTDATED')), COUNT(*)
                FROM info_page p
                JOIN info_page_published_text g ON g.page_id = p.id AND g.language = 'de'
                JOIN info_page_published_text t ON t.page_id = p.id
                WHERE p.live
                GROUP BY 1""");
        List<Coverage> cells = new ArrayList<>();
        long pages = live.values().stream().mapToLong(Long::longValue).sum();
        for (Language language : served.all()) {
            long current = 0;
            long outdated = 0;
            List<Coverage> row = new ArrayList<>();
            for (String block : live.keySet().stream().sorted().toList()) {
                String key = block + "/" + language.code() + "/";
                current += texts.getOrDefault(key + "CURRENT", 0L);
                outdated += texts.getOrDefault(key + "OUTDATED", 0L);
            }
            for (BuildingBlock block : BuildingBlock.values()) {
                String key = block.name() + "/" + language.code() + "/";
                row.add(new Coverage(Optional.of(block), language, live.getOrDefault(block.name(), 0L),
                        texts.getOrDefault(key + "CURRENT", 0L), texts.getOrDefault(key + "OUTDATED", 0L)));
            }
            cells.add(new Coverage(Optional.empty(), language, pages, current, outdated));
            cells.addAll(row);
        }
        return cells;
    }

    /** A two-column query (key, count) as a map. */
    private Map<String, Long> counts(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Searches that found nothing in the period, grouped by building block × municipality ×
     * language. Groups below {@link FoundNothing#K} are summed inside the database, so that their
     * breakdown never leaves it.
     */
    public FoundNothing foundNothing(SearchPeriod period) {
        LocalDate since = LocalDate.now(clock).minusDays(period.days());
        String grouped = """
                SELECT f.building_block, m.name, f.language, COUNT(*) AS searches
                FROM found_nothing f LEFT JOIN municipality m ON m.id = f.municipality_id
                WHERE f.searched_on > :since
                GROUP BY f.building_block, f.municipality_id, m.name, f.language
                """;
        List<FoundNothing.Group> groups = jdbc.sql(grouped + " HAVING COUNT(*) >= :k ORDER BY searches DESC, m.name")
                .param("since", since)
                .param("k", FoundNothing.K)
                .query((rs, n) -> new FoundNothing.Group(
                        Optional.ofNullable(rs.getString(1)).map(BuildingBlock::valueOf),
                        Optional.ofNullable(rs.getString(2)), rs.getString(3), rs.getLong(4)))
                .list();
        long smaller = jdbc.sql("SELECT COALESCE(SUM(g.searches), 0) FROM (" + grouped + " HAVING COUNT(*) < :k) g")
                .param("since", since)
                .param("k", FoundNothing.K)
                .query(Long.class).single();
        return new FoundNothing(period, groups, smaller);
    }
}
