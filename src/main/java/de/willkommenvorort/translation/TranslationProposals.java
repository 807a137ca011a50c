package de.willkommenvorort.translation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface TranslationProposals extends JpaRepository<TranslationProposal, Long> {

    /** How many open proposals one text has. */
    interface OpenPerText {
        Long getOfferId();

        Long getInfoPageId();

        long getProposals();

        default TextRef ref() {
            return getOfferId() != null ? TextRef.offer(getOfferId()) : TextRef.infoPage(getInfoPageId());
        }
    }

    @Query("""
            select p from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN
            order by p.proposedAt asc, p.id asc""")
    List<TranslationProposal> open();

    @Query("""
            select count(p) from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN""")
    long countOpen();

    /** Open proposals per text, in every language. */
    @Query("""
            select p.offerId as offerId, p.infoPageId as infoPageId, count(p) as proposals from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN
            group by p.offerId, p.infoPageId""")
    List<OpenPerText> openPerText();

    /** Open proposals per text in these languages, leaving out the ones {@code notBy} made. */
    @Query("""
            select p.offerId as offerId, p.infoPageId as infoPageId, count(p) as proposals from TranslationProposal p
            where p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN
            and p.language in ?1 and p.proposedBy <> ?2
            group by p.offerId, p.infoPageId""")
    List<OpenPerText> openPerText(Collection<String> languages, String notBy);

    @Query("""
            select p from TranslationProposal p where p.offerId = ?1 and p.language = ?2
            and p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN""")
    Optional<TranslationProposal> openForOffer(long offerId, String language);

    @Query("""
            select p from TranslationProposal p where p.infoPageId = ?1 and p.language = ?2
            and p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN""")
    Optional<TranslationProposal> openForInfoPage(long pageId, String language);

    default Optional<TranslationProposal> openFor(TextRef ref, String language) {
        return ref.kind() == TextRef.Kind.OFFER ? openForOffer(ref.id(), language) : openForInfoPage(ref.id(), language);
    }

    @Query("""
            select p from TranslationProposal p where p.language = ?1
            and p.state = de.willkommenvorort.translation.TranslationProposal.State.OPEN
            order by p.proposedAt asc, p.id asc""")
    List<TranslationProposal> openIn(String language);

    List<TranslationProposal> findTop20ByProposedByOrderByProposedAtDescIdDesc(String proposedBy);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TranslationProposal p where p.id = ?1")
    Optional<TranslationProposal> lockById(long id);
}
