package de.willkommenvorort.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An offer in the staff's report queue, with its reports, oldest first.
 *
 * @param title   the offer's title in the language its provider wrote it in
 * @param flagged several reports on it are open: look at it first
 */
public record ReportedOffer(long offerId, String title, int openReports, boolean flagged, List<Line> reports) {

    /** One report as staff see it; the message is the newcomer's own text, to be shown as plain text. */
    public record Line(long id, ReportKind kind, Optional<String> message, String language, Instant createdAt,
                       Optional<Resolution> resolution) {
    }

    /** Who resolved a report, when, and what they noted. */
    public record Resolution(Instant at, String by, String note) {
    }

    /** When the oldest open report came in; for an offer without open reports, the oldest report. */
    Instant oldest() {
        return reports.stream().filter(r -> r.resolution().isEmpty()).map(Line::createdAt).min(Instant::compareTo)
                .orElseGet(() -> reports.getFirst().createdAt());
    }
}
