-- Stock per proximity centre (the "stock délocalisé"): the article catalogue, the quantity on hand per centre and
-- article with its minimum threshold, the serialized units (CIs in stock at a centre) and the movement ledger.
-- Centres are organisation teams and CIs are CMDB rows: referenced by code / id, never by a foreign key across
-- modules (organisation) nor across features (the CMDB table is owned by the CI feature).

CREATE TABLE inv_stock_article (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL COMMENT 'stable reference, e.g. TONER-HP-59A',
    name             VARCHAR(160) NOT NULL,
    kind             VARCHAR(16)  NOT NULL COMMENT 'CONSUMABLE (counted) | SERIALIZED (one CI per unit)',
    category         VARCHAR(40)  NOT NULL,
    unit             VARCHAR(16)  NOT NULL DEFAULT 'pièce',
    lead_time_weeks  INT          NOT NULL DEFAULT 2 COMMENT 'supplier delivery time, used by the replenishment suggestion',
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY uk_inv_stock_article_code (code),
    CONSTRAINT ck_inv_stock_article_kind CHECK (kind IN ('CONSUMABLE', 'SERIALIZED')),
    CONSTRAINT ck_inv_stock_article_lead CHECK (lead_time_weeks BETWEEN 0 AND 52)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per centre and article: what is on hand (consumables counted; serialized = number of units in stock)
-- and the minimum threshold the centre manager set. Quantity changes are conditional updates
-- (quantity >= n in the WHERE clause) and the CHECK refuses a negative quantity whatever the code does; version
-- is the version of the threshold (what people edit, optimistic locking), so a manager editing it is not refused
-- because a technician took a toner meanwhile.
CREATE TABLE inv_stock_level (
    centre_code      VARCHAR(32)  NOT NULL,
    article_id       BIGINT       NOT NULL,
    quantity         INT          NOT NULL DEFAULT 0,
    min_threshold    INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (centre_code, article_id),
    KEY ix_inv_stock_level_article (article_id),
    CONSTRAINT fk_inv_stock_level_article FOREIGN KEY (article_id) REFERENCES inv_stock_article (id),
    CONSTRAINT ck_inv_stock_level_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_inv_stock_level_threshold CHECK (min_threshold >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A serialized unit: a CI that is (or was) held in a centre's stock. state IN_STOCK rows are the units on hand;
-- an issue, a transfer or a scrap changes the row with a conditional update on (state, centre), so two technicians
-- taking the same unit cannot both succeed.
CREATE TABLE inv_stock_unit (
    ci_id            BIGINT       NOT NULL PRIMARY KEY,
    article_id       BIGINT       NOT NULL,
    centre_code      VARCHAR(32)  NOT NULL,
    state            VARCHAR(16)  NOT NULL COMMENT 'IN_STOCK | ISSUED | SCRAPPED',
    version          BIGINT       NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY ix_inv_stock_unit_centre (centre_code, article_id, state),
    CONSTRAINT fk_inv_stock_unit_article FOREIGN KEY (article_id) REFERENCES inv_stock_article (id),
    CONSTRAINT ck_inv_stock_unit_state CHECK (state IN ('IN_STOCK', 'ISSUED', 'SCRAPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger: every movement, never updated nor deleted. The idempotency key of the request that made it lives
-- on the row itself (unique per principal), so the movement and its key commit together.
CREATE TABLE inv_stock_movement (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL COMMENT 'RECEIPT | TRANSFER | ISSUE | RETURN | SCRAP',
    article_id       BIGINT       NOT NULL,
    ci_id            BIGINT       NULL COMMENT 'the unit moved, for a serialized article',
    quantity         INT          NOT NULL,
    from_centre      VARCHAR(32)  NULL,
    to_centre        VARCHAR(32)  NULL,
    site_id          BIGINT       NULL COMMENT 'issued to / returned from this site',
    commune_code     VARCHAR(9)   NULL COMMENT 'the commune of that site',
    supplier         VARCHAR(120) NULL,
    purchase_ref     VARCHAR(80)  NULL,
    ticket_id        BIGINT       NULL,
    intervention_id  BIGINT       NULL,
    reason           VARCHAR(500) NULL,
    actor            VARCHAR(64)  NOT NULL,
    occurred_at      TIMESTAMP(6) NOT NULL,
    idem_principal   VARCHAR(64)  NULL,
    idem_key         VARCHAR(255) NULL,
    request_hash     CHAR(64)     NULL,
    CONSTRAINT fk_inv_stock_movement_article FOREIGN KEY (article_id) REFERENCES inv_stock_article (id),
    CONSTRAINT ck_inv_stock_movement_quantity CHECK (quantity > 0),
    UNIQUE KEY uk_inv_stock_movement_idem (idem_principal, idem_key),
    KEY ix_inv_stock_movement_from (from_centre, article_id, occurred_at),
    KEY ix_inv_stock_movement_to (to_centre, article_id, occurred_at),
    KEY ix_inv_stock_movement_time (occurred_at),
    KEY ix_inv_stock_movement_ticket (ticket_id),
    KEY ix_inv_stock_movement_ci (ci_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
