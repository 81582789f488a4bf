-- Calls logged by the CAN, comments and attachments of tickets (foreign keys to itsm_ticket: same module).
-- Every table carries the commune its rows belong to, so that every scoped query filters on it
-- ((:commune IS NULL OR commune_code = :commune)) with an index that starts with the commune.

-- A call received by the CAN. It is its own audit record: who logged it (agent), when it was received and when it
-- was recorded. A call creates at most one ticket (INCIDENT_CREATED, REQUEST_CREATED) or links to one (FOLLOW_UP):
-- ticket_id holds it in both cases, the outcome tells which.
CREATE TABLE itsm_call (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    received_at       TIMESTAMP(6) NOT NULL,
    channel           VARCHAR(16)  NOT NULL COMMENT 'PHONE | EMAIL | PORTAL | WALK_IN',
    caller_person_id  BIGINT       NULL COMMENT 'org_person.id (organisation module, no FK across modules)',
    caller_name       VARCHAR(160) NULL COMMENT 'free text when the caller is not a known person',
    caller_phone      VARCHAR(32)  NULL,
    commune_code      VARCHAR(9)   NOT NULL COMMENT 'org_commune.code (organisation module, no FK across modules)',
    agent_id          BIGINT       NULL COMMENT 'org_user.id of the CAN agent who logged the call',
    agent_username    VARCHAR(64)  NOT NULL,
    duration_seconds  INT          NOT NULL,
    notes             TEXT         NULL,
    outcome           VARCHAR(32)  NOT NULL COMMENT 'ADVICE_GIVEN | RESOLVED_AT_FIRST_CONTACT | INCIDENT_CREATED | REQUEST_CREATED | FOLLOW_UP | TRANSFERRED',
    ticket_id         BIGINT       NULL COMMENT 'the ticket created by the call or followed up by it',
    transferred_to    VARCHAR(32)  NULL COMMENT 'org_team.code when the outcome is TRANSFERRED',
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_itsm_call_duration CHECK (duration_seconds >= 0),
    CONSTRAINT ck_itsm_call_caller CHECK (caller_person_id IS NOT NULL OR caller_name IS NOT NULL),
    -- only these three outcomes may refer to a ticket (a created ticket is attached in the call's transaction, right
    -- after the call row, so the call's id can be handed to the ticket)
    CONSTRAINT ck_itsm_call_ticket CHECK (
        outcome IN ('INCIDENT_CREATED', 'REQUEST_CREATED', 'FOLLOW_UP') OR ticket_id IS NULL),
    CONSTRAINT ck_itsm_call_follow_up CHECK (outcome <> 'FOLLOW_UP' OR ticket_id IS NOT NULL),
    CONSTRAINT ck_itsm_call_transfer CHECK ((outcome = 'TRANSFERRED') = (transferred_to IS NOT NULL)),
    CONSTRAINT fk_itsm_call_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id),
    -- newest first, for everyone (no commune filter) and for one commune
    KEY ix_itsm_call_received (received_at, id),
    KEY ix_itsm_call_commune (commune_code, received_at, id),
    KEY ix_itsm_call_agent (agent_username, received_at, id),
    KEY ix_itsm_call_ticket (ticket_id, received_at, id),
    KEY ix_itsm_call_outcome (outcome, received_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments on a ticket. commune_code is the ticket's commune (fixed at the ticket's creation), copied so that the
-- scoped query filters on it like every other scoped table.
CREATE TABLE itsm_ticket_comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id         BIGINT       NOT NULL,
    commune_code      VARCHAR(9)   NOT NULL,
    visibility        VARCHAR(16)  NOT NULL COMMENT 'PUBLIC | INTERNAL (never shown to a commune viewer)',
    body              TEXT         NOT NULL,
    author_id         BIGINT       NULL COMMENT 'org_user.id',
    author_username   VARCHAR(64)  NOT NULL,
    author_role       VARCHAR(24)  NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_itsm_comment_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id),
    KEY ix_itsm_comment_ticket (ticket_id, created_at, id),
    KEY ix_itsm_comment_commune (commune_code, ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Metadata of a file attached to a ticket; the bytes live in itsm_attachment_content so that listing never reads
-- a blob. content_type is what the server detected from the bytes, never what the client declared.
CREATE TABLE itsm_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id         BIGINT       NOT NULL,
    commune_code      VARCHAR(9)   NOT NULL,
    file_name         VARCHAR(255) NOT NULL COMMENT 'sanitised',
    content_type      VARCHAR(100) NOT NULL COMMENT 'detected by sniffing, from an allow-list',
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL COMMENT 'hex SHA-256 of the content',
    uploaded_by_id    BIGINT       NULL COMMENT 'org_user.id',
    uploaded_by       VARCHAR(64)  NOT NULL,
    uploaded_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_itsm_attachment_size CHECK (size_bytes > 0),
    CONSTRAINT fk_itsm_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id),
    KEY ix_itsm_attachment_ticket (ticket_id, uploaded_at, id),
    KEY ix_itsm_attachment_commune (commune_code, ticket_id),
    KEY ix_itsm_attachment_sha (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_attachment_content (
    attachment_id     BIGINT       NOT NULL PRIMARY KEY,
    content           LONGBLOB     NOT NULL,
    CONSTRAINT fk_itsm_attachment_content FOREIGN KEY (attachment_id) REFERENCES itsm_attachment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
