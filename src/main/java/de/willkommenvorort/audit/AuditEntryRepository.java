package de.willkommenvorort.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Only adds and reads: the trail has no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, Long subjectId);

    List<AuditEntry> findByActorOrderByIdAsc(String actor);
}
