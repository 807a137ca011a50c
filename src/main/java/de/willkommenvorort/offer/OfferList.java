package de.willkommenvorort.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public list without free text: only published offers within their valid-until date, and an
 * event only while a date of it is still to come. The database filters and pages; free text is the
 * search feature's (it asks {@link #cards} for the cards of what it found).
 */
@Repository
class OfferList {

    /** An event is listed while a date of it that takes place is still to come. */
    static final String EVENT_TO_COME = " AND (NOT EXISTS (SELECT 1 FROM offer_event_date e WHERE e.offer_id = o.id)"
            + " OR EXISTS (SELECT 1 FROM offer_event_date e WHERE e.offer_id = o.id AND NOT e.cancelled"
            + " AND e.event_date >= :today))";

    private final JdbcClient jdbc;

    OfferList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OfferCard> page(OfferFilter filter, String language, LocalDate today, int offset, int limit) {
        Query query = Query.of(filter, today);
        String order = filter.municipalityId().isPresent() ? " ORDER BY o.online, o.id" : " ORDER BY o.id";
        List<Long> ids = jdbc.sql("SELECT o.id FROM offer o" + query.joins + " WHERE " + query.where + EVENT_TO_COME
                        + order + " LIMIT :limit OFFSET :offset")
                .params(query.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
        return cards(ids, language, today);
    }

    int count(OfferFilter filter, LocalDate today) {
        Query query = Query.of(filter, today);
        return jdbc.sql("SELECT COUNT(*) FROM offer o" + query.joins + " WHERE " + query.where + EVENT_TO_COME)
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

    /**
     * The cards of these offers in this order, in the newcomer's language where a translation
     * exists; an offer that is not public (any more) is left out.
     */
    List<OfferCard> cards(List<Long> ids, String language, LocalDate today) {
        return cards(ids, language, List.of(), today).cards();
    }

    /** As {@link #cards(List, String, LocalDate)}, with each offer's texts in other languages, in one statement. */
    PublicOffers.CardsAndTexts cards(List<Long> ids, String language, List<String> alsoIn, LocalDate today) {
        if (ids.isEmpty()) {
            return new PublicOffers.CardsAndTexts(List.of(), List.of());
        }
        Set<String> languages = new LinkedHashSet<>(alsoIn);
        languages.add(language);
        languages.add(TextChoice.GERMAN);
        List<Row> rows = rows(ids, List.copyOf(languages), today);
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
            cards.add(texts.get(TextChoice.pick(texts.keySet(), language, any.original())).card());
        }
        List<OfferCard> others = rows.stream().filter(row -> alsoIn.contains(row.language())).map(Row::card).toList();
        return new PublicOffers.CardsAndTexts(cards, others);
    }

    /** A text of a public offer with what its card shows. */
    private record Row(long id, String language, String title, String summary, String original, long categoryId,
                       String municipality, boolean online, String cost) {

        OfferCard card() {
            return new OfferCard(id, title, summary, language, categoryId, Optional.ofNullable(municipality), online,
                    Cost.valueOf(cost));
        }
    }

    private List<Row> rows(List<Long> ids, List<String> languages, LocalDate today) {
        return jdbc.sql("""
                        SELECT o.id, t.language, t.title, t.summary, o.original_language, o.category_id,
                               m.name AS municipality, o.online, o.cost
                        FROM offer o
                        JOIN offer_text t ON t.offer_id = o.id
                        LEFT JOIN municipality m ON m.id = o.municipality_id
                        WHERE o.id IN (:ids) AND (t.language IN (:languages) OR t.language = o.original_language)
                          AND o.review_state = 'PUBLISHED' AND (o.valid_until IS NULL OR o.valid_until >= :today)
                        """)
                .param("ids", ids)
                .param("today", today)
                .param("languages", languages)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)))
                .list();
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
