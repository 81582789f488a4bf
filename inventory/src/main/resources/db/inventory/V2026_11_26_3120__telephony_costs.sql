-- Mobile telephony costs: one import per operator and month (re-importing the same month replaces it), and its
-- cost lines. A line is matched to the mobile-phone CI carrying that number (ci_id and its commune at import
-- time); a line without a known CI is kept with ci_id NULL and reported, never dropped.
CREATE TABLE inv_phone_import (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    operator      VARCHAR(60)   NOT NULL,
    period        CHAR(7)       NOT NULL COMMENT 'YYYY-MM',
    file_sha256   CHAR(64)      NOT NULL,
    file_name     VARCHAR(200)  NULL,
    line_count    INT           NOT NULL,
    unknown_count INT           NOT NULL,
    total_amount  DECIMAL(14, 2) NOT NULL,
    imported_by   VARCHAR(64)   NOT NULL,
    imported_at   TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY uk_inv_phone_import_period (operator, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inv_phone_cost (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id     BIGINT        NOT NULL,
    period        CHAR(7)       NOT NULL,
    line_number   VARCHAR(16)   NOT NULL COMMENT 'ten digits, 06xxxxxxxx',
    amount        DECIMAL(12, 2) NOT NULL,
    label         VARCHAR(120)  NULL,
    ci_id         BIGINT        NULL COMMENT 'the mobile phone CI with that line, NULL when none is known',
    commune_code  VARCHAR(9)    NULL COMMENT 'the commune owning that CI at import time',
    csv_line      INT           NOT NULL,
    CONSTRAINT fk_inv_phone_cost_import FOREIGN KEY (import_id) REFERENCES inv_phone_import (id) ON DELETE CASCADE,
    KEY ix_inv_phone_cost_commune (commune_code, period),
    KEY ix_inv_phone_cost_period (period, line_number),
    KEY ix_inv_phone_cost_line (line_number, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
