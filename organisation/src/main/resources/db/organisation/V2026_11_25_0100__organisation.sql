-- Organisation reference data: the Métropole and its communes, the proximity centres and support groups,
-- the commune -> centre map with its history, sites, people (agents of the communes), user accounts, audit log.
-- Versions are timestamps so that the migrations of all modules interleave in one ordered history.

CREATE TABLE org_commune (
    code          VARCHAR(9)   NOT NULL PRIMARY KEY COMMENT 'INSEE code for a commune, SIREN for the Métropole',
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(16)  NOT NULL COMMENT 'COMMUNE | METROPOLE',
    population    INT          NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    mutualised    BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY uk_org_commune_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_team (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(24)  NOT NULL COMMENT 'PROXIMITY_CENTRE | SUPPORT_GROUP',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY uk_org_team_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per period during which a commune was served by a centre; the open row (valid_to NULL) is in force.
CREATE TABLE org_commune_centre (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code  VARCHAR(9)   NOT NULL,
    centre_code   VARCHAR(32)  NOT NULL,
    valid_from    TIMESTAMP(6) NOT NULL,
    valid_to      TIMESTAMP(6) NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    reason        VARCHAR(500) NULL,
    CONSTRAINT fk_org_cc_commune FOREIGN KEY (commune_code) REFERENCES org_commune (code),
    CONSTRAINT fk_org_cc_centre FOREIGN KEY (centre_code) REFERENCES org_team (code),
    KEY ix_org_cc_commune (commune_code, valid_to),
    KEY ix_org_cc_centre (centre_code, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_site (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code  VARCHAR(9)   NOT NULL,
    name          VARCHAR(160) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    address       VARCHAR(255) NULL,
    postal_code   VARCHAR(5)   NULL,
    city          VARCHAR(120) NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_org_site_commune FOREIGN KEY (commune_code) REFERENCES org_commune (code),
    KEY ix_org_site_commune (commune_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agents of a commune (callers, requesters). search_key is the lower-case, accent-free "last first" name and
-- phone_digits the phone number reduced to its digits, so the CAN caller search is an index range scan.
CREATE TABLE org_person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code  VARCHAR(9)   NOT NULL,
    site_id       BIGINT       NULL,
    first_name    VARCHAR(80)  NOT NULL,
    last_name     VARCHAR(80)  NOT NULL,
    job_title     VARCHAR(120) NULL,
    phone         VARCHAR(32)  NULL,
    mobile        VARCHAR(32)  NULL,
    email         VARCHAR(254) NULL,
    vip           BOOLEAN      NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    search_key    VARCHAR(170) NOT NULL,
    search_key_first VARCHAR(170) NOT NULL,
    phone_digits  VARCHAR(32)  NULL,
    mobile_digits VARCHAR(32)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_org_person_commune FOREIGN KEY (commune_code) REFERENCES org_commune (code),
    CONSTRAINT fk_org_person_site FOREIGN KEY (site_id) REFERENCES org_site (id),
    KEY ix_org_person_search (search_key),
    KEY ix_org_person_search_first (search_key_first),
    KEY ix_org_person_phone (phone_digits),
    KEY ix_org_person_mobile (mobile_digits),
    KEY ix_org_person_email (email),
    KEY ix_org_person_commune (commune_code, search_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NULL,
    role          VARCHAR(24)  NOT NULL COMMENT 'CAN_AGENT | TECHNICIAN | CENTRE_MANAGER | COMMUNE_VIEWER | ADMIN',
    team_code     VARCHAR(32)  NULL COMMENT 'the centre of a technician or manager, or a support group',
    commune_code  VARCHAR(9)   NULL COMMENT 'the commune of a commune viewer',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY uk_org_user_username (username),
    CONSTRAINT fk_org_user_team FOREIGN KEY (team_code) REFERENCES org_team (code),
    CONSTRAINT fk_org_user_commune FOREIGN KEY (commune_code) REFERENCES org_commune (code),
    KEY ix_org_user_team (team_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what in the organisation reference data (tickets keep their own history in itsm).
CREATE TABLE org_audit_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at            TIMESTAMP(6) NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    entity_type   VARCHAR(32)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    details       TEXT         NULL,
    KEY ix_org_audit_entity (entity_type, entity_id, at),
    KEY ix_org_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
