-- Who last changed a category (with updated_at: who and when; the application log says what).
ALTER TABLE itsm_category ADD COLUMN updated_by VARCHAR(64) NOT NULL DEFAULT 'system' AFTER position;
