-- Centres, learners (one per ULN across every centre), registrations, the audit log and stored answers to
-- idempotent POSTs. Times are UTC (quarkus.hibernate-orm.jdbc.timezone).

CREATE TABLE centre (
    centre_number VARCHAR(16)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE centre_approval (
    centre_number    VARCHAR(16)  NOT NULL,
    qualification_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (centre_number, qualification_id),
    CONSTRAINT fk_centre_approval_centre FOREIGN KEY (centre_number) REFERENCES centre (centre_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learner (
    uln           CHAR(10)     NOT NULL PRIMARY KEY,
    given_name    VARCHAR(100) NOT NULL,
    family_name   VARCHAR(100) NOT NULL,
    date_of_birth DATE         NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    centre_number      VARCHAR(16)   NOT NULL,
    uln                CHAR(10)      NOT NULL,
    qualification_id   VARCHAR(100)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    registered_at      DATETIME(6)   NOT NULL,
    extra_time_percent INT           NOT NULL,
    other_adjustments  VARCHAR(1000) NULL,
    withdrawn_at       DATETIME(6)   NULL,
    withdrawal_reason  VARCHAR(500)  NULL,
    version            BIGINT        NOT NULL,
    -- At most one ACTIVE registration per learner and qualification, even under concurrent requests:
    -- is_active is NULL once the registration is withdrawn, and rows with a NULL are never unique-checked.
    is_active          TINYINT AS (IF(status = 'ACTIVE', 1, NULL)) PERSISTENT,
    CONSTRAINT uk_registration_active UNIQUE (uln, qualification_id, is_active),
    CONSTRAINT fk_registration_centre FOREIGN KEY (centre_number) REFERENCES centre (centre_number),
    CONSTRAINT fk_registration_learner FOREIGN KEY (uln) REFERENCES learner (uln),
    CONSTRAINT ck_registration_extra_time CHECK (extra_time_percent BETWEEN 0 AND 100),
    INDEX ix_registration_centre_order (centre_number, registered_at, id),
    INDEX ix_registration_order (registered_at, id),
    INDEX ix_registration_uln (uln)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_centre VARCHAR(16)  NULL,
    action       VARCHAR(60)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    detail       LONGTEXT     NOT NULL,
    INDEX ix_audit_event_entity (entity_id, occurred_at),
    INDEX ix_audit_event_order (occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idempotency_record (
    owner             VARCHAR(200) NOT NULL,
    idempotency_key   VARCHAR(200) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    response_status   INT          NOT NULL,
    response_location VARCHAR(500) NULL,
    response_body     LONGTEXT     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Demo data (design.md): centre CEN001 approved for the five seeded customer-service qualifications;
-- CEN002 approved for cg-2794-02 too, so tests can prove that centres never see each other's learners.
INSERT INTO centre (centre_number, name, created_at) VALUES
    ('CEN001', 'Northgate College', UTC_TIMESTAMP(6)),
    ('CEN002', 'Riverside Training Centre', UTC_TIMESTAMP(6));
INSERT INTO centre_approval (centre_number, qualification_id) VALUES
    ('CEN001', 'sfj-l2-cert-customer-service'),
    ('CEN001', 'proqual-l3-diploma-customer-service'),
    ('CEN001', 'ncfe-l2-diploma-customer-service-practitioners'),
    ('CEN001', 'cg-2794-02'),
    ('CEN001', 'edi-l2-nvq-cert-customer-service'),
    ('CEN002', 'cg-2794-02');
