-- Tokens of the inventory agents: one or more per commune; an agent presenting one writes into that commune only.
-- Only the SHA-256 of the secret is stored (the secret is 256 random bits, shown once at creation); hint keeps its
-- first characters to tell tokens apart. A revoked token stays for the record.
CREATE TABLE inv_agent_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code  VARCHAR(9)   NOT NULL,
    label         VARCHAR(120) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    hint          VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    revoked_by    VARCHAR(64)  NULL,
    revoked_at    TIMESTAMP(6) NULL,
    revoked_reason VARCHAR(500) NULL,
    last_used_at  TIMESTAMP(6) NULL,
    inventories   BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_inv_agent_token_hash (token_hash),
    KEY ix_inv_agent_token_commune (commune_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
