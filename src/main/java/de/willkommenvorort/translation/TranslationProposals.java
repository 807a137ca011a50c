package de.willkommenvorort.translation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface TranslationProposals extends JpaRepository<TranslationProposal, Long> {

    @Query("""
            select p from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN
            order by p.proposedAt asc, p.id asc""")
    List<TranslationProposal> open();

    @Query("""
            select count(p) from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN""")
    long countOpen();

    @Query("""
            select p from TranslationProposal p where p.offerId = ?1 and p.language = ?2
            and p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN""")
    Optional<TranslationProposal> openFor(long offerId, String language);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TranslationProposal p where p.id = ?1")
    Optional<TranslationProposal> lockById(long id);
}
