package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InfoPageRepository extends JpaRepository<InfoPage, Long> {

    @EntityGraph(attributePaths = "publishedTexts")
    List<InfoPage> findByLiveTrueOrderBySortOrderAscIdAsc();

    @EntityGraph(attributePaths = "publishedTexts")
    List<InfoPage> findByLiveTrueAndBlockOrderBySortOrderAscIdAsc(BuildingBlock block);

    @EntityGraph(attributePaths = "publishedTexts")
    Optional<InfoPage> findBySlugAndLiveTrue(String slug);

    @EntityGraph(attributePaths = "texts")
    List<InfoPage> findAllByOrderBySortOrderAscIdAsc();

    /** A page's approved German, all that translators' work reads of it. */
    interface GermanWords {
        Long getId();

        String getSlug();

        Instant getPublishedAt();

        String getTitle();

        String getBody();
    }

    /** An approved translation's German hash beside the approved German it is measured against. */
    interface Translated {
        Long getId();

        String getGermanTitle();

        String getGermanBody();

        String getSourceHash();
    }

    /** The approved German of those of these pages that are live. */
    @Query("""
            select p.id as id, p.slug as slug, p.publishedAt as publishedAt, g.title as title, g.body as body
            from InfoPage p join p.publishedTexts g where p.id in ?1 and p.live = true and key(g) = ?2""")
    List<GermanWords> liveGerman(Collection<Long> ids, String german);

    /** Those of these pages that are live with an approved German text. */
    @Query("select p.id from InfoPage p join p.publishedTexts g where p.id in ?1 and p.live = true and key(g) = ?2")
    List<Long> liveWithGerman(Collection<Long> ids, String german);

    /** Of these pages, those with an approved text in {@code language}: its hash and the approved German. */
    @Query("""
            select p.id as id, g.title as germanTitle, g.body as germanBody, t.sourceHash as sourceHash
            from InfoPage p join p.publishedTexts g join p.publishedTexts t
            where p.id in ?1 and key(g) = ?2 and key(t) = ?3""")
    List<Translated> translated(Collection<Long> ids, String german, String language);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from InfoPage p where p.id = ?1")
    Optional<InfoPage> lockById(long id);

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);
}
