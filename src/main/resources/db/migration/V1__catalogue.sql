-- The county's places and the categories newcomers browse, grouped under the four building
-- blocks of the Landkreistag paper (WELCOME, EDUCATION, WORK, PARTICIPATION).

CREATE TABLE municipality (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    postal_code VARCHAR(5)   NOT NULL,
    latitude    DECIMAL(9, 6),
    longitude   DECIMAL(9, 6),
    CONSTRAINT uk_municipality_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(60) NOT NULL,
    building_block VARCHAR(20) NOT NULL,
    sort_order     INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_code UNIQUE (code),
    CONSTRAINT ck_category_block CHECK (building_block IN ('WELCOME', 'EDUCATION', 'WORK', 'PARTICIPATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Categories are part of the product, not demo data: every county starts with them. Their names
-- are UI strings in translations/ (category.<code>).
INSERT INTO category (code, building_block, sort_order) VALUES
    ('migration-counselling', 'WELCOME', 10),
    ('youth-migration-service', 'WELCOME', 20),
    ('asylum-social-counselling', 'WELCOME', 30),
    ('family-counselling', 'WELCOME', 40),
    ('health', 'WELCOME', 50),
    ('women', 'WELCOME', 60),
    ('anti-discrimination', 'WELCOME', 70),
    ('integration-course', 'EDUCATION', 10),
    ('job-language-course', 'EDUCATION', 20),
    ('language-cafe', 'EDUCATION', 30),
    ('childcare', 'EDUCATION', 40),
    ('school-support', 'EDUCATION', 50),
    ('homework-help', 'EDUCATION', 60),
    ('recognition', 'WORK', 10),
    ('job-centre', 'WORK', 20),
    ('application-help', 'WORK', 30),
    ('internship', 'WORK', 40),
    ('vocational-preparation', 'WORK', 50),
    ('sports-club', 'PARTICIPATION', 10),
    ('culture-club', 'PARTICIPATION', 20),
    ('volunteering', 'PARTICIPATION', 30),
    ('mentoring', 'PARTICIPATION', 40),
    ('meeting-place', 'PARTICIPATION', 50),
    ('interfaith', 'PARTICIPATION', 60);
