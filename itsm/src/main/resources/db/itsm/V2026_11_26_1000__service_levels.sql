-- The contract-of-engagement clock (docs/service-levels.md).
--
-- Business calendars: weekly opening windows in local wall-clock time, each set valid from a day on (opening hours
-- change by adding a set, never by rewriting one, so past business time stays what it was), minus French public
-- holidays (computed, not stored) and minus the calendar's own closure days.
CREATE TABLE itsm_sla_calendar (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    zone       VARCHAR(40)  NOT NULL DEFAULT 'Europe/Paris',
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_sla_calendar_window (
    calendar_id VARCHAR(32) NOT NULL,
    valid_from  DATE        NOT NULL,
    day_of_week TINYINT     NOT NULL COMMENT '1 = Monday .. 7 = Sunday (ISO)',
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    PRIMARY KEY (calendar_id, valid_from, day_of_week, start_time),
    CONSTRAINT fk_itsm_sla_window_calendar FOREIGN KEY (calendar_id) REFERENCES itsm_sla_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_sla_calendar_closure (
    calendar_id VARCHAR(32)  NOT NULL,
    day         DATE         NOT NULL,
    label       VARCHAR(120) NULL,
    PRIMARY KEY (calendar_id, day),
    CONSTRAINT fk_itsm_sla_closure_calendar FOREIGN KEY (calendar_id) REFERENCES itsm_sla_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_sla_calendar_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_id VARCHAR(32)   NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    details     VARCHAR(4000) NOT NULL,
    KEY ix_itsm_sla_calendar_change (calendar_id, at),
    CONSTRAINT fk_itsm_sla_change_calendar FOREIGN KEY (calendar_id) REFERENCES itsm_sla_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contracts of engagement, versioned per commune ('DEFAULT' is the template copied for a commune that joins).
-- A version is never changed once written: editing a contract writes the next version; a ticket keeps the
-- version in force at its creation.
CREATE TABLE itsm_sla_contract (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code    VARCHAR(9)   NOT NULL COMMENT 'organisation commune, or DEFAULT for the template',
    version         INT          NOT NULL,
    calendar_id     VARCHAR(32)  NOT NULL,
    at_risk_percent TINYINT      NOT NULL DEFAULT 75,
    note            VARCHAR(500) NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uk_itsm_sla_contract (commune_code, version),
    CONSTRAINT fk_itsm_sla_contract_calendar FOREIGN KEY (calendar_id) REFERENCES itsm_sla_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itsm_sla_contract_target (
    contract_id         BIGINT      NOT NULL,
    ticket_type         VARCHAR(16) NOT NULL,
    priority            CHAR(2)     NOT NULL,
    take_charge_minutes INT         NOT NULL,
    resolution_minutes  INT         NOT NULL,
    PRIMARY KEY (contract_id, ticket_type, priority),
    CONSTRAINT fk_itsm_sla_target_contract FOREIGN KEY (contract_id) REFERENCES itsm_sla_contract (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The clock of each ticket: its events, append-only (the truth, replayed to explain any figure) ...
CREATE TABLE itsm_sla_clock_event (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id           BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    at                  TIMESTAMP(6) NOT NULL,
    actor               VARCHAR(64)  NOT NULL,
    reason              VARCHAR(16)  NULL,
    priority            CHAR(2)      NULL,
    take_charge_minutes INT          NULL,
    resolution_minutes  INT          NULL,
    UNIQUE KEY uk_itsm_sla_event (ticket_id, seq),
    CONSTRAINT fk_itsm_sla_event_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ... and its evaluation as last refreshed (on each ticket change and by the scheduled refresh), for queues:
-- `live` is set while the clock can still move (not stopped); next_due_at sorts a queue by time left.
CREATE TABLE itsm_sla_clock (
    ticket_id               BIGINT       NOT NULL PRIMARY KEY,
    commune_code            VARCHAR(9)   NOT NULL,
    centre_code             VARCHAR(32)  NOT NULL,
    ticket_type             VARCHAR(16)  NOT NULL,
    contract_id             BIGINT       NOT NULL,
    event_count             INT          NOT NULL COMMENT 'events evaluated: a refresh never overwrites a newer one',
    phase                   VARCHAR(8)   NOT NULL,
    live                    BOOLEAN      NOT NULL,
    priority                CHAR(2)      NOT NULL,
    take_state              VARCHAR(10)  NOT NULL,
    take_due_at             TIMESTAMP(6) NULL,
    resolution_state        VARCHAR(10)  NOT NULL,
    resolution_due_at       TIMESTAMP(6) NULL,
    pressing                VARCHAR(12)  NOT NULL,
    pressing_state          VARCHAR(10)  NOT NULL,
    next_due_at             TIMESTAMP(6) NULL COMMENT 'due of the pressing target, or its projection when paused',
    remaining_minutes       BIGINT       NOT NULL,
    refreshed_at            TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_itsm_sla_clock_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id),
    CONSTRAINT fk_itsm_sla_clock_contract FOREIGN KEY (contract_id) REFERENCES itsm_sla_contract (id),
    KEY ix_itsm_sla_clock_live (live, ticket_id),
    KEY ix_itsm_sla_clock_centre (centre_code, live, next_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Escalations, recorded once per ticket, target and level (the unique key makes the refresh idempotent, also on
-- several instances at once).
CREATE TABLE itsm_sla_escalation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL,
    number       VARCHAR(20)  NOT NULL,
    commune_code VARCHAR(9)   NOT NULL,
    centre_code  VARCHAR(32)  NOT NULL,
    target       VARCHAR(12)  NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    reached_at   TIMESTAMP(6) NOT NULL COMMENT 'when the clock crossed the level',
    recorded_at  TIMESTAMP(6) NOT NULL COMMENT 'when the refresh saw it',
    recipients   VARCHAR(255) NOT NULL,
    UNIQUE KEY uk_itsm_sla_escalation (ticket_id, target, level),
    KEY ix_itsm_sla_escalation_centre (centre_code, recorded_at),
    KEY ix_itsm_sla_escalation_commune (commune_code, recorded_at),
    KEY ix_itsm_sla_escalation_recorded (recorded_at),
    CONSTRAINT fk_itsm_sla_escalation_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The standard calendar and the default contract.
INSERT INTO itsm_sla_calendar (id, name, zone, updated_at, updated_by)
VALUES ('STANDARD', 'Horaires DSI (lundi–vendredi, 8 h–12 h et 13 h 30–17 h 30)', 'Europe/Paris',
        '2026-11-26 00:00:00', 'system');
INSERT INTO itsm_sla_calendar_window (calendar_id, valid_from, day_of_week, start_time, end_time)
VALUES ('STANDARD', '2000-01-01', 1, '08:00', '12:00'), ('STANDARD', '2000-01-01', 1, '13:30', '17:30'),
       ('STANDARD', '2000-01-01', 2, '08:00', '12:00'), ('STANDARD', '2000-01-01', 2, '13:30', '17:30'),
       ('STANDARD', '2000-01-01', 3, '08:00', '12:00'), ('STANDARD', '2000-01-01', 3, '13:30', '17:30'),
       ('STANDARD', '2000-01-01', 4, '08:00', '12:00'), ('STANDARD', '2000-01-01', 4, '13:30', '17:30'),
       ('STANDARD', '2000-01-01', 5, '08:00', '12:00'), ('STANDARD', '2000-01-01', 5, '13:30', '17:30');

INSERT INTO itsm_sla_contract (commune_code, version, calendar_id, at_risk_percent, note, created_by, created_at)
VALUES ('DEFAULT', 1, 'STANDARD', 75, 'Contrat type de la DSI mutualisée', 'system', '2026-11-26 00:00:00');
INSERT INTO itsm_sla_contract_target (contract_id, ticket_type, priority, take_charge_minutes, resolution_minutes)
SELECT c.id, t.ticket_type, t.priority, t.take_minutes, t.resolution_minutes
FROM itsm_sla_contract c
JOIN (SELECT 'INCIDENT' AS ticket_type, 'P1' AS priority, 30 AS take_minutes, 240 AS resolution_minutes
      UNION ALL SELECT 'INCIDENT', 'P2', 60, 480
      UNION ALL SELECT 'INCIDENT', 'P3', 240, 1440
      UNION ALL SELECT 'INCIDENT', 'P4', 480, 2400
      UNION ALL SELECT 'REQUEST', 'P1', 60, 960
      UNION ALL SELECT 'REQUEST', 'P2', 120, 1440
      UNION ALL SELECT 'REQUEST', 'P3', 480, 2400
      UNION ALL SELECT 'REQUEST', 'P4', 960, 4800) t
WHERE c.commune_code = 'DEFAULT' AND c.version = 1;
