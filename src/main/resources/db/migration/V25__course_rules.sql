-- The course check's rules (issue 15): versions an administrator published at /staff/course-rules,
-- each the whole JSON document after its checks and cases passed. The highest version is in force;
-- with none here, the app's own src/main/resources/coursecheck/rules-v1.json is. Nothing about a
-- newcomer is stored: their answers stay on their phone.
CREATE TABLE course_rules (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      INT          NOT NULL,
    valid_from   DATE         NOT NULL,
    document     MEDIUMTEXT   NOT NULL,
    published_at TIMESTAMP(3) NOT NULL,
    published_by VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_course_rules_version UNIQUE (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
