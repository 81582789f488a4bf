-- An inventory agent's device id names one machine: two first reports of a machine without a usable serial number
-- arriving at the same moment must not create two CIs. The device id becomes a unique key, so the second insert
-- fails and is retried as an update of the first (CiDiscovery).
-- Should two CIs already share a device id, the oldest keeps it and the others lose the attribute (the agent's next
-- report then updates the oldest one); each such CI gets a history line and a new version, like any other change.
CREATE TEMPORARY TABLE tmp_inv_ci_device_loser AS
SELECT c.id, c.agent_device_id
FROM inv_ci c
    JOIN (SELECT agent_device_id, MIN(id) AS keep_id
          FROM inv_ci
          WHERE agent_device_id IS NOT NULL
          GROUP BY agent_device_id
          HAVING COUNT(*) > 1) d ON c.agent_device_id = d.agent_device_id AND c.id <> d.keep_id;

INSERT INTO inv_ci_history (ci_id, at, actor, field, old_value, new_value)
SELECT id, UTC_TIMESTAMP(6), 'system', 'attributes.agentDeviceId', agent_device_id, NULL
FROM tmp_inv_ci_device_loser;

UPDATE inv_ci c JOIN tmp_inv_ci_device_loser l ON l.id = c.id
SET c.attributes = JSON_REMOVE(c.attributes, '$.agentDeviceId'),
    c.version    = c.version + 1,
    c.updated_at = UTC_TIMESTAMP(6);

DROP TEMPORARY TABLE tmp_inv_ci_device_loser;

ALTER TABLE inv_ci
    DROP KEY ix_inv_ci_agent,
    ADD UNIQUE KEY uk_inv_ci_agent (agent_device_id);
