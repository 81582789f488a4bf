package fr.proxima.inventory.agent.application;

import fr.proxima.inventory.agent.model.AgentInventory;

import java.time.Instant;

/**
 * The CMDB as the agents need it: record a machine an agent reported, in the agent's commune, creating its CI the
 * first time and updating it (hardware, operating system, installed software) afterwards, never duplicating it.
 */
public interface DiscoveredMachines {

    /** What the recording did. */
    record Recorded(long ciId, boolean created) {
    }

    Recorded record(String communeCode, AgentInventory inventory, Instant at);
}
