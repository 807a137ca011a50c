package de.willkommenvorort.info;

import de.willkommenvorort.category.BuildingBlock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface InfoPageRepository extends JpaRepository<InfoPage, Long> {

    @EntityGraph(attributePaths = "publishedTexts")
    List<InfoPage> findByLiveTrueOrderBySortOrderAscIdAsc();

    @EntityGraph(attributePaths = "publishedTexts")
    List<InfoPage> findByLiveTrueAndBlockOrderBySortOrderAscIdAsc(BuildingBlock block);

    @EntityGraph(attributePaths = "publishedTexts")
    Optional<InfoPage> findBySlugAndLiveTrue(String slug);

    @EntityGraph(attributePaths = "texts")
    List<InfoPage> findAllByOrderBySortOrderAscIdAsc();

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);
}
