package de.willkommenvorort.audit;

import de.willkommenvorort.security.AppRoles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators read the audit trail: newest first, a page at a time, filtered. There is no
 * method that changes an entry, and the database refuses it too (migration V6).
 */
@Service
@Transactional(readOnly = true)
@Secured("ROLE_" + AppRoles.ADMIN)
public class AuditTrail {

    public static final int PAGE_SIZE = 50;

    /** The filters; empty means "any". {@code from} inclusive, {@code until} exclusive. */
    public record Filter(Optional<String> actor, Optional<String> action, Optional<String> subjectType,
                         Optional<Long> subjectId, Optional<Instant> from, Optional<Instant> until) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    /** One page of entries and whether there are more after it. */
    public record Page(List<AuditEntry> entries, int number, boolean hasNext) {
    }

    private final AuditEntryRepository entries;

    AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Page {@code page} (from 0) of the entries that pass the filter, newest first. */
    public Page search(Filter filter, int page) {
        Slice<AuditEntry> slice = entries.search(filter.actor().map(String::strip).orElse(null),
                filter.action().orElse(null), filter.subjectType().orElse(null), filter.subjectId().orElse(null),
                filter.from().orElse(null), filter.until().orElse(null), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return new Page(slice.getContent(), slice.getNumber(), slice.hasNext());
    }

    /** The actions and subject types that occur, for the filters' choices. */
    public List<String> actions() {
        return entries.actions();
    }

    public List<String> subjectTypes() {
        return entries.subjectTypes();
    }
}
