-- Unit results, claims, certificates and the audit log of certification-service.

-- A unit result is never updated in place once recorded: a correction is a new row that points back at the
-- result it corrects (corrects_id) and says why; the corrected row records its successor (superseded_by_id).
CREATE TABLE unit_result (
    id                        CHAR(36)     NOT NULL PRIMARY KEY,
    registration_id           CHAR(36)     NOT NULL,
    unit_id                   VARCHAR(32)  NOT NULL,
    source                    VARCHAR(16)  NOT NULL,
    sitting_id                CHAR(36)     NULL,
    score                     INT          NULL,
    pass_mark                 INT          NULL,
    assessor                  VARCHAR(200) NULL,
    internal_quality_assurer  VARCHAR(200) NULL,
    outcome                   VARCHAR(8)   NOT NULL,
    achieved_on               DATE         NOT NULL,
    recorded_by               VARCHAR(200) NOT NULL,
    recorded_at               TIMESTAMP(6) NOT NULL,
    corrects_id               CHAR(36)     NULL,
    correction_reason         VARCHAR(500) NULL,
    superseded_by_id          CHAR(36)     NULL,
    used_on_certificate       BOOLEAN      NOT NULL DEFAULT FALSE,
    version                   BIGINT       NOT NULL,
    CONSTRAINT uq_unit_result_sitting UNIQUE (sitting_id),
    CONSTRAINT fk_unit_result_corrects FOREIGN KEY (corrects_id) REFERENCES unit_result (id)
);
CREATE INDEX ix_unit_result_registration ON unit_result (registration_id, unit_id);

-- One claim per registration, ever: the unique key is what stops two concurrent claims both issuing.
CREATE TABLE claim (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    registration_id  CHAR(36)     NOT NULL,
    centre_number    VARCHAR(32)  NOT NULL,
    idempotency_key  VARCHAR(100) NULL,
    claimed_by       VARCHAR(200) NOT NULL,
    claimed_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_claim_registration UNIQUE (registration_id)
);

-- What the certificate shows is copied here at issue, so it never changes when a peer's data changes.
-- id doubles as the certificate's index in the revocation status list.
CREATE TABLE certificate (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    number                   CHAR(13)     NOT NULL,
    claim_id                 CHAR(36)     NOT NULL,
    type                     VARCHAR(8)   NOT NULL,
    replacement_of_id        BIGINT       NULL,
    replacement_reason       VARCHAR(500) NULL,
    status                   VARCHAR(8)   NOT NULL,
    revocation_reason        VARCHAR(500) NULL,
    revoked_at               TIMESTAMP(6) NULL,
    registration_id          CHAR(36)     NOT NULL,
    centre_number            VARCHAR(32)  NOT NULL,
    uln                      CHAR(10)     NOT NULL,
    given_name               VARCHAR(200) NOT NULL,
    family_name              VARCHAR(200) NOT NULL,
    awarding_organisation    VARCHAR(200) NOT NULL,
    qualification_id         VARCHAR(64)  NOT NULL,
    qualification_number     VARCHAR(16)  NULL,
    qualification_title      VARCHAR(300) NOT NULL,
    qualification_level      INT          NOT NULL,
    qualification_credits    INT          NULL,
    issued_on                DATE         NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT fk_certificate_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_certificate_replacement_of FOREIGN KEY (replacement_of_id) REFERENCES certificate (id)
);

CREATE TABLE certificate_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_id  BIGINT       NOT NULL,
    position        INT          NOT NULL,
    unit_id         VARCHAR(32)  NOT NULL,
    unit_reference  VARCHAR(16)  NULL,
    ao_unit_code    VARCHAR(32)  NULL,
    title           VARCHAR(300) NOT NULL,
    level           INT          NOT NULL,
    credits         INT          NULL,
    CONSTRAINT fk_certificate_unit_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject      VARCHAR(64)  NOT NULL,
    detail       VARCHAR(1000) NULL
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject);
