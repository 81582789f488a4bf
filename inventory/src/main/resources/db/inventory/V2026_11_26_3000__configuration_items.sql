-- The configuration database (CMDB) of the communes and the Métropole: configuration items (CIs) with their
-- type-specific attributes, the history of every change, the relations between CIs, the software catalogue, the
-- software installed per machine, the tickets naming a CI, and the idempotency keys of CI creations.
-- Indexes follow the queries of the CI reader (docs/inventory.md, "Queries and indexes"):
--   * lookup by asset tag (unique), by serial number (with or without the manufacturer), by mobile line number,
--     by host name and by inventory agent;
--   * a commune's CIs in asset-tag order (the list page), narrowed by type or status;
--   * the CIs of a site or of a person (the CAN console's suggestion).

CREATE TABLE inv_ci (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type                 VARCHAR(24)   NOT NULL COMMENT 'DESKTOP, LAPTOP, TABLET, MONITOR, PRINTER, COPIER, DESK_PHONE, MOBILE_PHONE, SWITCH, WIFI_ACCESS_POINT, ROUTER, SERVER',
    asset_tag            VARCHAR(32)   NOT NULL COMMENT 'numéro d''inventaire, upper case',
    serial_number        VARCHAR(64)   NULL COMMENT 'upper case; unique per manufacturer',
    manufacturer         VARCHAR(64)   NOT NULL COMMENT 'canonical name (HP, Dell, Lenovo...)',
    model                VARCHAR(120)  NULL,
    status               VARCHAR(16)   NOT NULL COMMENT 'IN_STOCK | IN_SERVICE | UNDER_REPAIR | LENT | RETIRED',
    commune_code         VARCHAR(9)    NOT NULL COMMENT 'owning entity: organisation commune or the Métropole (no FK across modules)',
    site_id              BIGINT        NULL COMMENT 'organisation site',
    person_id            BIGINT        NULL COMMENT 'organisation person the CI is assigned to',
    acquisition_date     DATE          NULL,
    warranty_end         DATE          NULL,
    supplier             VARCHAR(120)  NULL,
    purchase_reference   VARCHAR(64)   NULL,
    notes                VARCHAR(4000) NULL,
    attributes           LONGTEXT      NOT NULL DEFAULT '{}' COMMENT 'type-specific attributes, checked by the domain (CiType)',
    hostname             VARCHAR(64)   AS (JSON_VALUE(attributes, '$.hostname')) PERSISTENT,
    line_number          VARCHAR(16)   AS (JSON_VALUE(attributes, '$.lineNumber')) PERSISTENT,
    agent_device_id      VARCHAR(128)  AS (JSON_VALUE(attributes, '$.agentDeviceId')) PERSISTENT,
    last_agent_report_at TIMESTAMP(6)  NULL COMMENT 'last inventory received from an agent',
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_inv_ci_attributes CHECK (JSON_VALID(attributes)),
    UNIQUE KEY uk_inv_ci_asset_tag (asset_tag),
    UNIQUE KEY uk_inv_ci_serial (manufacturer, serial_number),
    UNIQUE KEY uk_inv_ci_line (line_number),
    KEY ix_inv_ci_serial (serial_number),
    KEY ix_inv_ci_commune (commune_code, asset_tag),
    KEY ix_inv_ci_commune_type (commune_code, type, asset_tag),
    KEY ix_inv_ci_commune_status (commune_code, status, asset_tag),
    KEY ix_inv_ci_site (site_id, asset_tag),
    KEY ix_inv_ci_person (person_id, asset_tag),
    KEY ix_inv_ci_hostname (hostname),
    KEY ix_inv_ci_agent (agent_device_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per changed field of one write (creation: one row), like the tickets' history.
CREATE TABLE inv_ci_history (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ci_id     BIGINT       NOT NULL,
    at        TIMESTAMP(6) NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    field     VARCHAR(64)  NOT NULL,
    old_value TEXT         NULL,
    new_value TEXT         NULL,
    CONSTRAINT fk_inv_history_ci FOREIGN KEY (ci_id) REFERENCES inv_ci (id) ON DELETE CASCADE,
    KEY ix_inv_history_ci (ci_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CI -> CI relations. CONNECTED_TO is symmetric and stored with source_id < target_id, so that the unique key
-- refuses the same link entered from either end.
CREATE TABLE inv_ci_relation (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_id  BIGINT       NOT NULL,
    type       VARCHAR(16)  NOT NULL COMMENT 'CONNECTED_TO | INSTALLED_ON | PART_OF',
    target_id  BIGINT       NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_inv_relation_not_self CHECK (source_id <> target_id),
    CONSTRAINT fk_inv_relation_source FOREIGN KEY (source_id) REFERENCES inv_ci (id) ON DELETE CASCADE,
    CONSTRAINT fk_inv_relation_target FOREIGN KEY (target_id) REFERENCES inv_ci (id) ON DELETE CASCADE,
    UNIQUE KEY uk_inv_relation (source_id, target_id, type),
    KEY ix_inv_relation_target (target_id, type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The software catalogue of the DSI (reference data, not scoped by commune).
CREATE TABLE inv_software (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(160)  NOT NULL,
    publisher  VARCHAR(120)  NULL,
    match_key  VARCHAR(160)  NOT NULL COMMENT 'normalised name: how installed software finds its entry',
    status     VARCHAR(16)   NOT NULL COMMENT 'APPROVED | TOLERATED | TO_RETIRE | FORBIDDEN',
    licences   INT           NULL COMMENT 'licences owned; NULL = not counted (free software, site licence)',
    notes      VARCHAR(2000) NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    updated_at TIMESTAMP(6)  NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_inv_software_match (match_key),
    KEY ix_inv_software_name (name),
    KEY ix_inv_software_status (status, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inv_software_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    software_id BIGINT       NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_inv_software_version FOREIGN KEY (software_id) REFERENCES inv_software (id) ON DELETE CASCADE,
    UNIQUE KEY uk_inv_software_version (software_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Software found on a machine (by an agent, an import or a technician), matched to the catalogue by match_key
-- when an entry exists (software_id NULL: installed but absent from the catalogue).
CREATE TABLE inv_installed_software (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ci_id        BIGINT       NOT NULL,
    software_id  BIGINT       NULL,
    name         VARCHAR(255) NOT NULL,
    publisher    VARCHAR(160) NULL,
    version      VARCHAR(64)  NOT NULL DEFAULT '',
    match_key    VARCHAR(160) NOT NULL,
    installed_on DATE         NULL,
    found_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_inv_installed_ci FOREIGN KEY (ci_id) REFERENCES inv_ci (id) ON DELETE CASCADE,
    CONSTRAINT fk_inv_installed_software FOREIGN KEY (software_id) REFERENCES inv_software (id) ON DELETE SET NULL,
    UNIQUE KEY uk_inv_installed (ci_id, match_key, version),
    KEY ix_inv_installed_software (software_id, ci_id),
    KEY ix_inv_installed_unlisted (match_key, software_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tickets naming a CI. itsm and inventory do not see each other: the link is written by the app (which checks the
-- ticket through itsm's API and the CI through inventory's), and keeps the ticket's number and commune so that a CI
-- page lists its tickets within the reader's scope without asking itsm.
CREATE TABLE inv_ci_ticket (
    ci_id          BIGINT       NOT NULL,
    ticket_id      BIGINT       NOT NULL COMMENT 'itsm ticket (by id, no FK across modules)',
    ticket_number  VARCHAR(20)  NOT NULL,
    ticket_commune VARCHAR(9)   NOT NULL,
    linked_by      VARCHAR(64)  NOT NULL,
    linked_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (ci_id, ticket_id),
    CONSTRAINT fk_inv_ci_ticket_ci FOREIGN KEY (ci_id) REFERENCES inv_ci (id) ON DELETE CASCADE,
    KEY ix_inv_ci_ticket_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Asset tags given to machines an agent discovers without one (AUTO-000001...).
CREATE SEQUENCE inv_asset_tag_seq START WITH 1 INCREMENT BY 1 NOCACHE;

-- Idempotency keys of the inventory's creations (same protocol as itsm_idempotency_key).
CREATE TABLE inv_idempotency_key (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    principal     VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  CHAR(64)     NOT NULL COMMENT 'SHA-256 of the canonical request',
    resource_type VARCHAR(32)  NOT NULL,
    resource_id   BIGINT       NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uk_inv_idem (principal, idem_key),
    KEY ix_inv_idem_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
