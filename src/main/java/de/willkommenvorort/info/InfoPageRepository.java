package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import jakarta.persistence.LockModeType;
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

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from InfoPage p where p.id = ?1")
    Optional<InfoPage> lockById(long id);

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);
}
