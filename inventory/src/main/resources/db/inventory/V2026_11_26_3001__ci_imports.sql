-- CSV imports of CIs: one job per submitted file (a dry run, or a real run, possibly applying an earlier dry run's
-- file), its progress and counts, and one report line per created, updated or rejected data line (unchanged lines
-- are only counted). The file itself is kept with the job so that a dry run can be applied without uploading it
-- again; old jobs are purged with their lines (ImportJobPurge).

CREATE TABLE inv_import_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    file_name       VARCHAR(255)  NULL,
    encoding        VARCHAR(16)   NOT NULL,
    dry_run         BOOLEAN       NOT NULL,
    source_job_id   BIGINT        NULL COMMENT 'the dry run this job applies',
    applied_by_id   BIGINT        NULL COMMENT 'for a dry run: the job that applied it',
    status          VARCHAR(16)   NOT NULL COMMENT 'QUEUED | RUNNING | DONE | FAILED',
    total_lines     INT           NOT NULL,
    processed_lines INT           NOT NULL DEFAULT 0,
    created         INT           NOT NULL DEFAULT 0,
    updated         INT           NOT NULL DEFAULT 0,
    unchanged       INT           NOT NULL DEFAULT 0,
    rejected        INT           NOT NULL DEFAULT 0,
    started_at      TIMESTAMP(6)  NULL,
    finished_at     TIMESTAMP(6)  NULL,
    failure         VARCHAR(1000) NULL,
    content         LONGBLOB      NULL,
    KEY ix_inv_import_creator (created_by, id),
    KEY ix_inv_import_status (status, id),
    UNIQUE KEY uk_inv_import_applied (applied_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inv_import_line (
    job_id    BIGINT        NOT NULL,
    line_no   INT           NOT NULL,
    outcome   VARCHAR(10)   NOT NULL COMMENT 'CREATED | UPDATED | REJECTED',
    asset_tag VARCHAR(32)   NULL,
    ci_id     BIGINT        NULL,
    message   VARCHAR(1000) NULL COMMENT 'the reason of a rejection, the changed fields of an update',
    PRIMARY KEY (job_id, line_no),
    KEY ix_inv_import_line_outcome (job_id, outcome, line_no),
    CONSTRAINT fk_inv_import_line_job FOREIGN KEY (job_id) REFERENCES inv_import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
