-- Tickets (incidents and service requests), their history (one row per changed field: also the audit of ticket
-- writes) and the idempotency keys of creations. Indexes follow the queries of the ticket reader:
--   * a commune's / centre's / team's / person's open tickets, newest first (is_open + created_at, id);
--   * the same sorted by priority;
--   * status filters over a date range; a requester's tickets; the auto-close job (RESOLVED by resolved_at);
--   * full text on (title, description) for the `q` search (MATCH ... AGAINST in boolean mode).
-- Numbers come from one MariaDB SEQUENCE per type and year (itsm_seq_inc_2026...), created on demand outside the
-- creating transaction; a sequence value is never given back, so numbers may have gaps (a rolled-back creation).

CREATE TABLE itsm_ticket (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20)   NOT NULL COMMENT 'INC-2026-000123 / DEM-2026-000045',
    type            VARCHAR(16)   NOT NULL COMMENT 'INCIDENT | REQUEST',
    title           VARCHAR(200)  NOT NULL,
    description     MEDIUMTEXT    NULL,
    commune_code    VARCHAR(9)    NOT NULL COMMENT 'organisation commune (by id, no FK across modules)',
    centre_code     VARCHAR(32)   NOT NULL COMMENT 'proximity centre of the commune in force at creation',
    assigned_team   VARCHAR(32)   NOT NULL COMMENT 'team working the ticket: a centre or a support group',
    assignee_id     BIGINT        NULL COMMENT 'organisation user account',
    requester_id    BIGINT        NULL COMMENT 'organisation person',
    site_id         BIGINT        NULL COMMENT 'organisation site',
    category_code   VARCHAR(32)   NULL,
    impact          VARCHAR(8)    NOT NULL,
    urgency         VARCHAR(8)    NOT NULL,
    priority        CHAR(2)       NOT NULL COMMENT 'P1 (highest) .. P4',
    vip             BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'requester was VIP when the priority was computed',
    status          VARCHAR(16)   NOT NULL,
    is_open         BOOLEAN AS (status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING')) PERSISTENT,
    pending_reason  VARCHAR(16)   NULL,
    resolution_code VARCHAR(32)   NULL,
    resolution_text VARCHAR(4000) NULL,
    cancel_reason   VARCHAR(1000) NULL,
    call_id         BIGINT        NULL COMMENT 'the call that opened the ticket, if any',
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    resolved_at     TIMESTAMP(6)  NULL,
    closed_at       TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_itsm_ticket_number (number),
    KEY ix_itsm_ticket_commune_open (commune_code, is_open, created_at, id),
    KEY ix_itsm_ticket_commune_prio (commune_code, is_open, priority, created_at),
    KEY ix_itsm_ticket_centre_open (centre_code, is_open, created_at, id),
    KEY ix_itsm_ticket_centre_prio (centre_code, is_open, priority, created_at),
    KEY ix_itsm_ticket_team_open (assigned_team, is_open, created_at, id),
    KEY ix_itsm_ticket_assignee (assignee_id, is_open, created_at),
    KEY ix_itsm_ticket_status (status, created_at, id),
    KEY ix_itsm_ticket_resolved (status, resolved_at, id),
    KEY ix_itsm_ticket_requester (requester_id, created_at),
    KEY ix_itsm_ticket_created (created_at, id),
    KEY ix_itsm_ticket_call (call_id),
    FULLTEXT KEY ft_itsm_ticket_text (title, description)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_ticket_history (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id  BIGINT       NOT NULL,
    at         TIMESTAMP(6) NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    field      VARCHAR(32)  NOT NULL,
    old_value  TEXT         NULL,
    new_value  TEXT         NULL,
    CONSTRAINT fk_itsm_history_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id),
    KEY ix_itsm_history_ticket (ticket_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency keys of creations (tickets, calls...): the key row is inserted first in the creating transaction,
-- so a concurrent retry blocks on the unique key until the first creation commits, then finds its result.
CREATE TABLE itsm_idempotency_key (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    principal     VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  CHAR(64)     NOT NULL COMMENT 'SHA-256 of the canonical request',
    resource_type VARCHAR(32)  NOT NULL,
    resource_id   BIGINT       NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uk_itsm_idem (principal, idem_key),
    KEY ix_itsm_idem_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
