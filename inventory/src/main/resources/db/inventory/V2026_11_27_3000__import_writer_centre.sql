-- A CI import changes only what its submitter may change: a technician or centre manager of a proximity centre, the
-- CIs of the communes its centre serves (CiPermissions). The job keeps that centre (NULL: every commune), so that
-- the background run, which has no request scope, refuses the other lines with their reason.
ALTER TABLE inv_import_job
    ADD COLUMN writer_centre VARCHAR(32) NULL COMMENT 'the centre whose communes the submitter may change; NULL: all';
