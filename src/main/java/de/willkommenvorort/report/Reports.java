package de.willkommenvorort.report;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.AppRoles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's queue of newcomers' reports: open reports grouped by offer, offers with several open
 * reports flagged and first, then the longest waiting. Resolving a report records who, when and
 * why, with one audit entry in the same transaction.
 */
@Service
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
@Transactional(readOnly = true)
public class Reports {

    /** From this many open reports on, an offer is flagged. */
    public static final int FLAG_AT = 2;
    public static final int NOTE_MAX = 1000;
    /** How far back resolved reports are shown when staff ask for them. */
    static final Duration RESOLVED_SHOWN = Duration.ofDays(90);

    private final OfferReportRepository reports;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Reports(OfferReportRepository reports, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The queue. The offer's title is read with the reports in one query (the offer's tables are
     * read, not changed), so that a report stays readable after its offer was unpublished.
     *
     * @param withResolved also reports resolved in the last {@link #RESOLVED_SHOWN}
     */
    public List<ReportedOffer> queue(boolean withResolved) {
        List<Row> rows = jdbc.sql("""
                        SELECT r.id, r.offer_id, r.kind, r.message, r.language, r.created_at, r.resolved_at,
                               r.resolved_by, r.resolution_note, t.title
                        FROM offer_report r
                        JOIN offer o ON o.id = r.offer_id
                        LEFT JOIN offer_text t ON t.offer_id = o.id AND t.language = o.original_language
                        WHERE r.resolved_at IS NULL OR (:withResolved AND r.resolved_at >= :since)
                        ORDER BY r.created_at, r.id""")
                .param("withResolved", withResolved)
                .param("since", Timestamp.from(clock.instant().minus(RESOLVED_SHOWN)))
                .query(Reports::row).list();
        Map<Long, List<Row>> byOffer = new LinkedHashMap<>();
        rows.forEach(row -> byOffer.computeIfAbsent(row.offerId(), id -> new ArrayList<>()).add(row));
        List<ReportedOffer> queue = new ArrayList<>();
        byOffer.forEach((offerId, lines) -> {
            int open = (int) lines.stream().filter(l -> l.line().resolution().isEmpty()).count();
            queue.add(new ReportedOffer(offerId, lines.getFirst().title(), open, open >= FLAG_AT,
                    lines.stream().map(Row::line).toList()));
        });
        queue.sort(Comparator.comparing((ReportedOffer o) -> !o.flagged())
                .thenComparing(o -> o.openReports() == 0)
                .thenComparing(ReportedOffer::oldest));
        return queue;
    }

    /** How many reports wait, for the staff navigation. */
    public long openCount() {
        return jdbc.sql("SELECT COUNT(*) FROM offer_report WHERE resolved_at IS NULL").query(Long.class).single();
    }

    /** Open reports per offer id, for other staff screens (review, overview). */
    public Map<Long, Long> openCountByOffer() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT offer_id, COUNT(*) FROM offer_report WHERE resolved_at IS NULL GROUP BY offer_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Marks a report as dealt with.
     *
     * @throws InvalidInput if the note is missing or too long; nothing is changed
     * @throws AlreadyResolved if someone resolved it first
     */
    @Transactional
    public void resolve(long reportId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > NOTE_MAX) {
            throw new InvalidInput(Map.of("note", text.isEmpty() ? "form.required" : "form.too-long"));
        }
        OfferReport report = reports.findById(reportId).orElseThrow();
        if (report.getResolvedAt() != null) {
            throw new AlreadyResolved(report.getResolvedBy(), report.getResolvedAt());
        }
        String actor = CurrentAccount.actor();
        Instant now = clock.instant();
        report.resolve(now, actor, text);
        reports.saveAndFlush(report);
        audit.record(actor, "REPORT_RESOLVED", "offer_report", reportId,
                "offer " + report.getOfferId() + ", " + report.getKind(),
                "resolved: no", "resolved: " + now + "\nby: " + actor + "\nnote: " + text);
    }

    private record Row(long offerId, String title, ReportedOffer.Line line) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        Optional<ReportedOffer.Resolution> resolution = resolvedAt == null ? Optional.empty()
                : Optional.of(new ReportedOffer.Resolution(resolvedAt.toInstant(), rs.getString("resolved_by"),
                        rs.getString("resolution_note")));
        String title = rs.getString("title");
        return new Row(rs.getLong("offer_id"), title == null ? "" : title, new ReportedOffer.Line(rs.getLong("id"),
                ReportKind.valueOf(rs.getString("kind")), Optional.ofNullable(rs.getString("message")),
                rs.getString("language"), rs.getTimestamp("created_at").toInstant(), resolution));
    }
}
