package de.willkommenvorort.coursecheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A published version of the course check's rules; the one with the highest version is in force. */
@Entity
@Table(name = "course_rules")
class CourseRuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String document;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 64)
    private String publishedBy;

    protected CourseRuleVersion() {
    }

    CourseRuleVersion(CourseRules rules, String document, Instant publishedAt, String publishedBy) {
        this.version = rules.version();
        this.validFrom = rules.validFrom();
        this.document = document;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getId() {
        return id;
    }

    String getDocument() {
        return document;
    }
}
