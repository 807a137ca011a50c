package de.willkommenvorort.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the audit trail inside the caller's transaction, so that a change and its entry are
 * committed or rolled back together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditLog {

    /** The actor of changes no person made (scheduled jobs, the demo loader). */
    public static final String SYSTEM = "system";

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    public void record(String actor, String action, String subjectType, Long subjectId, String detail) {
        record(actor, action, subjectType, subjectId, detail, null, null);
    }

    /**
     * Records a change with what was there before and what is there after (readable text, e.g.
     * one "field: value" line each), so that an administrator sees exactly what changed.
     */
    public void record(String actor, String action, String subjectType, Long subjectId, String detail, String before,
            String after) {
        entries.save(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, detail, before, after));
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<AuditEntry> about(String subjectType, long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<AuditEntry> by(String actor) {
        return entries.findByActorOrderByIdAsc(actor);
    }
}
