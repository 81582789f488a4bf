-- Text search by terms instead of InnoDB FULLTEXT (docs/benchmarks.md §4.3, docs/tickets.md "Text search").
-- One row per distinct term of a ticket's title and description (fr.proxima.itsm.ticket.model.SearchTerms: lower
-- case, accents folded, stopwords out, plural s/x dropped), with the ticket's creation time and commune copied in,
-- so that a search reads one term's range backwards in the index, newest first, and stops at the page size:
--   * PRIMARY KEY (term, created_at, ticket_id): `q` across all communes, newest first, no filesort;
--   * ix_itsm_term_commune (term, commune_code, created_at, ticket_id): the same within one commune (the commune
--     filter and a commune viewer's scope);
--   * ix_itsm_term_ticket (ticket_id, term): "does this ticket have that term / a term starting with that prefix"
--     (the other words of a query) and the delete when a ticket's text changes.
-- created_at and commune_code never change on a ticket, so the copies cannot go stale; the ticket store rewrites a
-- ticket's terms in the transaction that creates it or changes its title or description. The terms use a binary
-- collation: they are already folded, and a binary comparison keeps `term LIKE 'imprim%'` a plain range.
CREATE TABLE itsm_ticket_term (
    term         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL COMMENT 'copy of itsm_ticket.created_at (never changes)',
    ticket_id    BIGINT       NOT NULL,
    commune_code VARCHAR(9)   NOT NULL COMMENT 'copy of itsm_ticket.commune_code (never changes)',
    PRIMARY KEY (term, created_at, ticket_id),
    KEY ix_itsm_term_commune (term, commune_code, created_at, ticket_id),
    KEY ix_itsm_term_ticket (ticket_id, term),
    CONSTRAINT fk_itsm_term_ticket FOREIGN KEY (ticket_id) REFERENCES itsm_ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Tokenising needs the Java rules, so the terms of the tickets that exist before this migration are written by
-- TicketTermBackfillJob at application start, in batches, from the position kept here (a restart resumes; the
-- row is deleted when the pass is complete). A later change of the tokenising rules re-indexes every ticket by
-- inserting this row again in a migration.
CREATE TABLE itsm_ticket_term_reindex (
    id           TINYINT      NOT NULL PRIMARY KEY COMMENT 'always 1: one pass at a time',
    after_id     BIGINT       NOT NULL COMMENT 'tickets up to this id are indexed',
    requested_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB;

INSERT INTO itsm_ticket_term_reindex (id, after_id, requested_at) VALUES (1, 0, CURRENT_TIMESTAMP(6));

-- Nothing queries the FULLTEXT index any more, and it costs on every insert and text change.
ALTER TABLE itsm_ticket DROP INDEX ft_itsm_ticket_text;
