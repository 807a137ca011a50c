package de.willkommenvorort.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public list as SQL: only published offers within their valid-until date, filtered and
 * paged in the database. Free text is matched with the full-text index over the newcomer's
 * language, German and the provider's original language.
 */
@Repository
class OfferSearch {

    private final JdbcClient jdbc;

    OfferSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OfferCard> page(OfferFilter filter, String language, LocalDate today, int offset, int limit) {
        Query query = Query.of(filter, language, today);
        if (query.impossible) {
            return List.of();
        }
        String order = query.scored
                ? " ORDER BY hit.score DESC, o.id"
                : filter.municipalityId().isPresent() ? " ORDER BY o.online, o.id" : " ORDER BY o.id";
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
        Query query = Query.of(filter, language, today);
        if (query.impossible) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM offer o" + query.joins + " WHERE " + query.where)
                .params(query.params)
                .query(Integer.class)
                .single();
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

    /** The shared FROM … WHERE of page and count, built from the filter. */
    private static final class Query {
        final StringBuilder joins = new StringBuilder();
        final StringBuilder where = new StringBuilder("o.review_state = 'PUBLISHED' AND (o.valid_until IS NULL OR o.valid_until >= :today)");
        final Map<String, Object> params = new HashMap<>();
        boolean scored;
        boolean impossible;

        static Query of(OfferFilter filter, String language, LocalDate today) {
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
                q.where.append(" AND (o.municipality_id = :municipality OR o.online)");
                q.params.put("municipality", id);
            });
            filter.spokenLanguage().ifPresent(spoken -> {
                q.where.append(" AND EXISTS (SELECT 1 FROM offer_language l WHERE l.offer_id = o.id AND l.language = :spoken)");
                q.params.put("spoken", spoken);
            });
            filter.targetGroup().ifPresent(group -> {
                q.where.append(" AND EXISTS (SELECT 1 FROM offer_target_group g WHERE g.offer_id = o.id AND g.target_group = :group)");
                q.params.put("group", group.name());
            });
            if (filter.freeOnly()) {
                q.where.append(" AND o.cost = 'FREE'");
            }
            filter.text().ifPresent(text -> {
                Optional<String> match = SearchTerms.booleanQuery(text);
                if (match.isEmpty()) {
                    q.impossible = true;
                    return;
                }
                q.scored = true;
                q.joins.append(" ").append("""
                         JOIN (SELECT t.offer_id, MAX(MATCH (t.title, t.summary, t.description) AGAINST (:match IN BOOLEAN MODE)) AS score
                               FROM offer_text t JOIN offer x ON x.id = t.offer_id
                               WHERE MATCH (t.title, t.summary, t.description) AGAINST (:match IN BOOLEAN MODE)
                                 AND (t.language IN (:language, 'de') OR t.language = x.original_language)
                               GROUP BY t.offer_id) hit ON hit.offer_id = o.id""");
                q.params.put("match", match.get());
                q.params.put("language", language);
            });
            return q;
        }
    }
}
