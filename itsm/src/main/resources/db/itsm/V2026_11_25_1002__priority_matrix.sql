-- Impact x urgency -> priority, readable by everyone, editable by an admin. Seeded with the usual ITIL 3x3 matrix
-- folded onto four levels (P1 highest). A VIP requester raises the result one level (P1 stays P1): that rule is
-- in the ticket model, not in this table.
CREATE TABLE itsm_priority_matrix (
    impact     VARCHAR(8)   NOT NULL,
    urgency    VARCHAR(8)   NOT NULL,
    priority   CHAR(2)      NOT NULL,
    updated_by VARCHAR(64)  NOT NULL DEFAULT 'system',
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (impact, urgency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO itsm_priority_matrix (impact, urgency, priority) VALUES
 ('HIGH', 'HIGH', 'P1'), ('HIGH', 'MEDIUM', 'P2'), ('HIGH', 'LOW', 'P3'),
 ('MEDIUM', 'HIGH', 'P2'), ('MEDIUM', 'MEDIUM', 'P3'), ('MEDIUM', 'LOW', 'P4'),
 ('LOW', 'HIGH', 'P3'), ('LOW', 'MEDIUM', 'P4'), ('LOW', 'LOW', 'P4');
