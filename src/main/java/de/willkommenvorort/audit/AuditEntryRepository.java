package de.willkommenvorort.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Only adds and reads: the trail has no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, Long subjectId);

    List<AuditEntry> findByActorOrderByIdAsc(String actor);

    @Query("""
            select e from AuditEntry e where (:actor is null or e.actor = :actor)
            and (:action is null or e.action = :action) and (:subjectType is null or e.subjectType = :subjectType)
            and (:subjectId is null or e.subjectId = :subjectId) and (:from is null or e.at >= :from)
            and (:until is null or e.at < :until) order by e.id desc""")
    Slice<AuditEntry> search(String actor, String action, String subjectType, Long subjectId, Instant from,
                             Instant until, Pageable page);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();

    @Query("select distinct e.subjectType from AuditEntry e order by e.subjectType")
    List<String> subjectTypes();
}
