package de.willkommenvorort.audit;

import de.willkommenvorort.database.NeverPublic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: Hibernate never issues an update for it. */
@Entity
@NeverPublic
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 24, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "before_value", updatable = false, columnDefinition = "MEDIUMTEXT")
    private String before;

    @Column(name = "after_value", updatable = false, columnDefinition = "MEDIUMTEXT")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String subjectType, Long subjectId, String detail,
            String before, String after) {
        this.before = before;
        this.after = after;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    /** What the changed object held before the change (a readable rendering), if recorded. */
    public String getBefore() {
        return before;
    }

    /** What it holds after the change, if recorded. */
    public String getAfter() {
        return after;
    }

    public Long getId() {
        return id;
    }
}
