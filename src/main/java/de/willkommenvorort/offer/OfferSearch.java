package de.willkommenvorort.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public list: only published offers within their valid-until date. Without free text the
 * database filters and pages; with free text the in-memory {@link SearchIndex} finds and orders
 * the offers, and the database supplies the cards of one page.
 */
@Repository
class OfferSearch {

    private final JdbcClient jdbc;
    private volatile SearchIndex index = new SearchIndex();

    OfferSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OfferCard> page(OfferFilter filter, String language, LocalDate today, int offset, int limit) {
        if (filter.text().isPresent()) {
            List<Long> ids = textSearch(filter, language, today).stream().skip(offset).limit(limit)
                    .map(Integer::longValue).toList();
            return cards(ids, language);
        }
        Query query = Query.of(filter, today);
        String order = filter.municipalityId().isPresent() ? " ORDER BY o.online, o.id" : " ORDER BY o.id";
        List<Long> ids = jdbc.sql("SELECT o.id FROM offer o" + query.joins + " WHERE " + query.where + order
                        + " LIMIT :limit OFFSET :offset")
                .params(query.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
        return cards(ids, language);
    }

    int count(OfferFilter filter, String language, LocalDate today) {
        if (filter.text().isPresent()) {
            return textSearch(filter, language, today).size();
        }
        Query query = Query.of(filter, today);
        return jdbc.sql("SELECT COUNT(*) FROM offer o" + query.joins + " WHERE " + query.where)
                .params(query.params)
                .query(Integer.class)
                .single();
    }

    Map<Long, Instant> publishedIds(LocalDate today) {
        Map<Long, Instant> ids = new LinkedHashMap<>();
        jdbc.sql("SELECT o.id, COALESCE(o.published_at, o.updated_at) FROM offer o WHERE o.review_state = 'PUBLISHED'"
                        + " AND (o.valid_until IS NULL OR o.valid_until >= :today) ORDER BY o.id")
                .param("today", today)
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return ids;
    }

    /** Rebuilds the text index from the database: at start, periodically, after bulk changes. */
    void reindexAll() {
        SearchIndex.Bulk bulk = new SearchIndex.Bulk();
        load(bulk::add, null);
        index = bulk.build();
    }

    /** Brings one offer's entry up to date after its review state or texts changed. */
    void reindex(long offerId) {
        SearchIndex current = index;
        current.remove(Math.toIntExact(offerId));
        load(current::put, offerId);
    }

    int indexed() {
        return index.size();
    }

    private List<Integer> textSearch(OfferFilter filter, String language, LocalDate today) {
        List<String> words = SearchTerms.query(filter.text().orElse(""));
        return index.search(words, language, today, entry ->
                filter.block().map(b -> b.name().equals(entry.block())).orElse(true)
                        && filter.categoryId().map(c -> c == entry.categoryId()).orElse(true)
                        && filter.municipalityId().map(m -> entry.online() || m.equals(entry.municipalityId()))
                        .orElse(true)
                        && filter.spokenLanguage().map(entry.spokenLanguages()::contains).orElse(true)
                        && filter.targetGroup().map(entry.targetGroups()::contains).orElse(true)
                        && (!filter.freeOnly() || entry.cost() == Cost.FREE)
                        && (!filter.childcare() || entry.childcare())
                        && filter.courseLevel().map(level -> level == entry.courseLevel()).orElse(true)
                        && filter.startsFrom().map(from -> entry.nextStart() != null
                        && !entry.nextStart().isBefore(from)).orElse(true));
    }

    /** Loads published offers (all of them, or one) with their texts into an index. */
    private interface Sink {
        void add(SearchIndex.Entry entry, String originalLanguage, List<SearchIndex.Text> texts);
    }

    private void load(Sink into, Long onlyId) {
        String one = onlyId == null ? "" : " AND o.id = :id";
        Map<String, Object> params = onlyId == null ? Map.of() : Map.of("id", onlyId);
        record Meta(int id, long categoryId, String block, Long municipalityId, boolean online, Cost cost,
                    LocalDate validUntil, String original, boolean childcare, CourseLevel level, LocalDate nextStart) {
        }
        List<Meta> metas = jdbc.sql("SELECT o.id, o.category_id, c.building_block, o.municipality_id, o.online,"
                        + " o.cost, o.valid_until, o.original_language, o.childcare, o.course_level, o.next_start"
                        + " FROM offer o JOIN category c ON c.id = o.category_id"
                        + " WHERE o.review_state = 'PUBLISHED'" + one + " ORDER BY o.id")
                .params(params)
                .query((rs, n) -> new Meta(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getBoolean(5), Cost.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getBoolean(9),
                        rs.getString(10) == null ? null : CourseLevel.valueOf(rs.getString(10)),
                        rs.getObject(11, LocalDate.class)))
                .list();
        if (metas.isEmpty()) {
            return;
        }
        Map<Integer, List<SearchIndex.Text>> texts = new HashMap<>();
        jdbc.sql("SELECT t.offer_id, t.language, t.title, CONCAT_WS(' ', t.summary, t.description)"
                        + " FROM offer_text t JOIN offer o ON o.id = t.offer_id WHERE o.review_state = 'PUBLISHED'" + one)
                .params(params)
                .query((rs, n) -> Map.entry(rs.getInt(1),
                        new SearchIndex.Text(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list()
                .forEach(e -> texts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Integer, Set<String>> spoken = new HashMap<>();
        jdbc.sql("SELECT l.offer_id, l.language FROM offer_language l JOIN offer o ON o.id = l.offer_id"
                        + " WHERE o.review_state = 'PUBLISHED'" + one)
                .params(params)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list()
                .forEach(e -> spoken.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        Map<Integer, Set<TargetGroup>> groups = new HashMap<>();
        jdbc.sql("SELECT g.offer_id, g.target_group FROM offer_target_group g JOIN offer o ON o.id = g.offer_id"
                        + " WHERE o.review_state = 'PUBLISHED'" + one)
                .params(params)
                .query((rs, n) -> Map.entry(rs.getInt(1), TargetGroup.valueOf(rs.getString(2)))).list()
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(TargetGroup.class))
                        .add(e.getValue()));
        for (Meta m : metas) {
            into.add(new SearchIndex.Entry(m.id(), m.categoryId(), m.block(), m.municipalityId(), m.online(),
                            m.cost(), m.validUntil(), Set.copyOf(spoken.getOrDefault(m.id(), Set.of())),
                            Set.copyOf(groups.getOrDefault(m.id(), Set.of())), m.childcare(), m.level(),
                            m.nextStart()),
                    m.original(), texts.getOrDefault(m.id(), List.of()));
        }
    }

    private List<OfferCard> cards(List<Long> ids, String language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long id, String language, String title, String summary, String original, long categoryId,
                   String municipality, boolean online, String cost) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT o.id, t.language, t.title, t.summary, o.original_language, o.category_id,
                               m.name AS municipality, o.online, o.cost
                        FROM offer o
                        JOIN offer_text t ON t.offer_id = o.id
                        LEFT JOIN municipality m ON m.id = o.municipality_id
                        WHERE o.id IN (:ids) AND t.language IN (:language, 'de', o.original_language)
                        """)
                .param("ids", ids)
                .param("language", language)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)))
                .list();
        Map<Long, Map<String, Row>> byOffer = new HashMap<>();
        for (Row row : rows) {
            byOffer.computeIfAbsent(row.id(), id -> new LinkedHashMap<>()).put(row.language(), row);
        }
        List<OfferCard> cards = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Map<String, Row> texts = byOffer.get(id);
            if (texts == null) {
                continue;
            }
            Row any = texts.values().iterator().next();
            Row chosen = texts.get(TextChoice.pick(texts.keySet(), language, any.original()));
            cards.add(new OfferCard(id, chosen.title(), chosen.summary(), chosen.language(), chosen.categoryId(),
                    Optional.ofNullable(chosen.municipality()), chosen.online(), Cost.valueOf(chosen.cost())));
        }
        return cards;
    }

    /** The shared FROM … WHERE of page and count, built from the filter (also for event dates). */
    static final class Query {
        final StringBuilder joins = new StringBuilder();
        final StringBuilder where = new StringBuilder(
                "o.review_state = 'PUBLISHED' AND (o.valid_until IS NULL OR o.valid_until >= :today)");
        final Map<String, Object> params = new HashMap<>();

        static Query of(OfferFilter filter, LocalDate today) {
            return of(filter, today, "o.municipality_id");
        }

        /** {@code place}: the column that says where, e.g. an event date's own place before the offer's. */
        static Query of(OfferFilter filter, LocalDate today, String place) {
            Query q = new Query();
            q.params.put("today", today);
            filter.block().ifPresent(block -> {
                q.joins.append(" JOIN category c ON c.id = o.category_id");
                q.where.append(" AND c.building_block = :block");
                q.params.put("block", block.name());
            });
            filter.categoryId().ifPresent(id -> {
                q.where.append(" AND o.category_id = :category");
                q.params.put("category", id);
            });
            filter.municipalityId().ifPresent(id -> {
                // Offers online or by phone reach every village.
                q.where.append(" AND (" + place + " = :municipality OR o.online)");
                q.params.put("municipality", id);
            });
            filter.spokenLanguage().ifPresent(spoken -> {
                q.where.append(" AND EXISTS (SELECT 1 FROM offer_language l WHERE l.offer_id = o.id"
                        + " AND l.language = :spoken)");
                q.params.put("spoken", spoken);
            });
            filter.targetGroup().ifPresent(group -> {
                q.where.append(" AND EXISTS (SELECT 1 FROM offer_target_group g WHERE g.offer_id = o.id"
                        + " AND g.target_group = :group)");
                q.params.put("group", group.name());
            });
            if (filter.freeOnly()) {
                q.where.append(" AND o.cost = 'FREE'");
            }
            if (filter.childcare()) {
                q.where.append(" AND o.childcare");
            }
            filter.courseLevel().ifPresent(level -> {
                q.where.append(" AND o.course_level = :level");
                q.params.put("level", level.name());
            });
            filter.startsFrom().ifPresent(from -> {
                q.where.append(" AND o.next_start >= :startsFrom");
                q.params.put("startsFrom", from);
            });
            return q;
        }
    }
}
