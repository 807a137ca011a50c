package de.willkommenvorort.report;

/** What a newcomer says is the matter with an offer; the translation key is {@code report.kind.<name>}. */
public enum ReportKind {
    WRONG_OR_OUTDATED,
    NOT_OK;

    public String labelKey() {
        return "report.kind." + name();
    }
}
