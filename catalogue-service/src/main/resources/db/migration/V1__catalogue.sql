-- The catalogue: qualifications, units (shared between qualifications), learning outcomes, assessment criteria,
-- rules of combination and test specifications. Loaded from src/main/resources/catalogue/qualifications/*.json.

CREATE TABLE unit (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_reference    VARCHAR(16)  NULL,
    ao_unit_code      VARCHAR(32)  NULL,
    title             VARCHAR(300) NOT NULL,
    level             INT          NOT NULL,
    glh               INT          NULL,
    credits           INT          NULL,
    assessment_method VARCHAR(40)  NOT NULL,
    knowledge_only    BOOLEAN      NOT NULL,
    aim               TEXT         NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_unit_reference UNIQUE (unit_reference),
    CONSTRAINT ck_unit_identified CHECK (unit_reference IS NOT NULL OR ao_unit_code IS NOT NULL)
);
CREATE INDEX ix_unit_ao_unit_code ON unit (ao_unit_code);

CREATE TABLE learning_outcome (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id  BIGINT      NOT NULL,
    position INT         NULL, -- written by Hibernate just after the insert
    code     VARCHAR(16) NOT NULL,
    title    TEXT        NOT NULL,
    CONSTRAINT fk_learning_outcome_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);

CREATE TABLE assessment_criterion (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    learning_outcome_id BIGINT      NOT NULL,
    position            INT         NULL, -- written by Hibernate just after the insert
    code                VARCHAR(16) NOT NULL,
    text                TEXT        NOT NULL,
    range_statement     TEXT        NULL,
    CONSTRAINT fk_criterion_outcome FOREIGN KEY (learning_outcome_id) REFERENCES learning_outcome (id) ON DELETE CASCADE
);

CREATE TABLE qualification (
    id                                 VARCHAR(64)  PRIMARY KEY,
    qualification_number               VARCHAR(16)  NULL,
    title                              VARCHAR(300) NOT NULL,
    awarding_organisation              VARCHAR(120) NOT NULL,
    level                              INT          NOT NULL,
    glh_min                            INT          NULL,
    glh_max                            INT          NULL,
    tqt                                INT          NULL,
    credits                            INT          NULL,
    minimum_age                        INT          NULL,
    grading                            VARCHAR(40)  NULL,
    status                             VARCHAR(40)  NOT NULL,
    spec_version                       VARCHAR(40)  NULL,
    source_document                    VARCHAR(300) NULL,
    rules_statement                    TEXT         NULL,
    total_credits_min                  INT          NULL,
    one_unit_from_each_optional_group  BOOLEAN      NOT NULL,
    source_hash                        VARCHAR(64)  NOT NULL,
    version                            BIGINT       NOT NULL,
    CONSTRAINT uq_qualification_number UNIQUE (qualification_number)
);

CREATE TABLE unit_group (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    qualification_id VARCHAR(64)  NOT NULL,
    position         INT          NULL, -- written by Hibernate just after the insert
    code             VARCHAR(16)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    mandatory        BOOLEAN      NOT NULL,
    min_units        INT          NULL,
    max_units        INT          NULL,
    min_credits      INT          NULL,
    max_credits      INT          NULL,
    CONSTRAINT fk_unit_group_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id) ON DELETE CASCADE,
    CONSTRAINT uq_unit_group_code UNIQUE (qualification_id, code)
);

-- Group membership is per qualification: the same unit can sit in groups of several qualifications.
CREATE TABLE unit_group_member (
    unit_group_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    unit_id       BIGINT NOT NULL,
    PRIMARY KEY (unit_group_id, position),
    CONSTRAINT fk_member_group FOREIGN KEY (unit_group_id) REFERENCES unit_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_member_unit UNIQUE (unit_group_id, unit_id)
);

CREATE TABLE credits_at_level (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    qualification_id VARCHAR(64) NOT NULL,
    position         INT         NULL, -- written by Hibernate just after the insert
    min_credits      INT         NOT NULL,
    level            INT         NOT NULL,
    level_comparison VARCHAR(16) NOT NULL,
    CONSTRAINT fk_credits_at_level_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id) ON DELETE CASCADE
);

CREATE TABLE credits_at_level_group (
    credits_at_level_id BIGINT      NOT NULL,
    position            INT         NOT NULL,
    group_code          VARCHAR(16) NOT NULL,
    PRIMARY KEY (credits_at_level_id, position),
    CONSTRAINT fk_credits_at_level_group FOREIGN KEY (credits_at_level_id) REFERENCES credits_at_level (id) ON DELETE CASCADE
);

CREATE TABLE test_specification (
    unit_id          BIGINT PRIMARY KEY,
    duration_minutes INT    NOT NULL,
    question_count   INT    NOT NULL,
    pass_mark        INT    NOT NULL,
    CONSTRAINT fk_test_specification_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_entry (
    test_specification_id BIGINT      NOT NULL,
    position              INT         NOT NULL,
    learning_outcome      VARCHAR(16) NOT NULL,
    questions             INT         NOT NULL,
    PRIMARY KEY (test_specification_id, position),
    CONSTRAINT fk_blueprint_specification FOREIGN KEY (test_specification_id) REFERENCES test_specification (unit_id) ON DELETE CASCADE
);
