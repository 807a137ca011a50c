package de.willkommenvorort.offer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
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
        SequencedMap<Long, Long> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT o.id, o.version FROM offer o" + query.joins + " WHERE " + query.where + EVENT_TO_COME
                        + order + " LIMIT :limit OFFSET :offset")
                .params(query.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return cards(versions, language, List.of(), today).cards();
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
     * The cards of these offers in this order (each at the version the caller saw, or null if it
     * does not know it: then read anew), in the newcomer's language where a translation exists,
     * with each offer's texts in the languages {@code alsoIn}; an offer that is not public (any
     * more) is left out.
     */
    PublicOffers.CardsAndTexts cards(SequencedMap<Long, Long> versions, String language, List<String> alsoIn,
                                     LocalDate today) {
        if (versions.isEmpty()) {
            return new PublicOffers.CardsAndTexts(List.of(), List.of());
        }
        Map<Long, CardTexts> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        versions.forEach((id, version) -> {
            CardTexts known = recent.getIfPresent(id);
            if (known != null && version != null && known.version() == version) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        });
        if (!missing.isEmpty()) {
            for (CardTexts read : read(missing)) {
                recent.put(read.id(), read);
                found.put(read.id(), read);
            }
        }
        List<OfferCard> cards = new ArrayList<>(versions.size());
        List<OfferCard> others = new ArrayList<>();
        for (Long id : versions.keySet()) {
            CardTexts offer = found.get(id);
            if (offer == null || !offer.publicOn(today)) {
                continue;
            }
            cards.add(offer.card(TextChoice.pick(offer.texts().keySet(), language, offer.original())));
            for (String other : alsoIn) {
                if (offer.texts().containsKey(other)) {
                    others.add(offer.card(other));
                }
            }
        }
        return new PublicOffers.CardsAndTexts(cards, others);
    }

    /**
     * The cards of offers shown lately, by id, with the version they were read at: a card is
     * read from the database again as soon as its offer changed (the version the list or the
     * search index holds is newer), and at the latest after ten minutes (a renamed place). The
     * same offers come up again and again, so most cards of a busy hour are read once. Bounded by
     * the characters they hold, about 40 MB at most.
     */
    private final Cache<Long, CardTexts> recent = Caffeine.newBuilder()
            .maximumWeight(20_000_000)
            .weigher((Long id, CardTexts texts) -> texts.characters())
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** What a public offer's card shows, in every language it has, at one version of the offer. */
    private record CardTexts(long id, long version, String original, long categoryId, String municipality,
                             boolean online, Cost cost, LocalDate validUntil, Map<String, String[]> texts) {

        boolean publicOn(LocalDate today) {
            return validUntil == null || !validUntil.isBefore(today);
        }

        OfferCard card(String language) {
            String[] text = texts.get(language);
            return new OfferCard(id, text[0], text[1], language, categoryId, Optional.ofNullable(municipality), online,
                    cost);
        }

        int characters() {
            return 200 + texts.values().stream().mapToInt(t -> 40 + t[0].length() + t[1].length()).sum();
        }
    }

    /** The card texts of these offers in every language, those that are published. */
    private List<CardTexts> read(List<Long> ids) {
        Map<Long, CardTexts> read = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.id, o.version, o.original_language, o.category_id, m.name AS municipality, o.online,
                               o.cost, o.valid_until, t.language, t.title, t.summary
                        FROM offer o
                        JOIN offer_text t ON t.offer_id = o.id
                        LEFT JOIN municipality m ON m.id = o.municipality_id
                        WHERE o.id IN (:ids) AND o.review_state = 'PUBLISHED'
                        """)
                .param("ids", ids)
                .query(rs -> {
                    CardTexts offer = read.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            java.sql.Date until = rs.getDate(8);
                            return new CardTexts(id, rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                    rs.getBoolean(6), Cost.valueOf(rs.getString(7)),
                                    until == null ? null : until.toLocalDate(), new HashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    offer.texts().put(rs.getString(9), new String[] {rs.getString(10), rs.getString(11)});
                });
        return read.values().stream().map(offer -> new CardTexts(offer.id(), offer.version(), offer.original(),
                offer.categoryId(), offer.municipality(), offer.online(), offer.cost(), offer.validUntil(),
                Map.copyOf(offer.texts()))).toList();
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
