-- Indexes designed from the organisation's queries (see PersonRepository, SiteRepository, CommuneCentreRepository).

-- At most one period in force per commune, whatever the concurrency: the generated column holds the commune code
-- only on the open row (valid_to NULL), and NULLs do not collide in a unique key.
ALTER TABLE org_commune_centre
    ADD COLUMN open_commune VARCHAR(9) AS (IF(valid_to IS NULL, commune_code, NULL)) PERSISTENT,
    ADD UNIQUE KEY uk_org_cc_open (open_commune);

-- The people of a site, in name order (filter "site" of the caller search, the site's page).
ALTER TABLE org_person
    ADD KEY ix_org_person_site (site_id, search_key);

-- The audit trail read newest first per entity, and the whole trail newest first.
ALTER TABLE org_audit_log
    ADD KEY ix_org_audit_entity_id (entity_type, entity_id, id),
    ADD KEY ix_org_audit_type_id (entity_type, id);

-- Users of a team by display name (GET /api/teams/{code}/members).
ALTER TABLE org_user
    ADD KEY ix_org_user_team_name (team_code, display_name);
