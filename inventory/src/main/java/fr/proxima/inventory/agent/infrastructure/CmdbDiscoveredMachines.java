package fr.proxima.inventory.agent.infrastructure;

import fr.proxima.inventory.agent.application.DiscoveredMachines;
import fr.proxima.inventory.agent.model.AgentInventory;
import jakarta.inject.Singleton;

import java.time.Instant;

/** TODO(wire): the CI feature's discovery upsert, once merged. */
@Singleton
class CmdbDiscoveredMachines implements DiscoveredMachines {
    @Override
    public Recorded record(String communeCode, AgentInventory inventory, Instant at) {
        throw new UnsupportedOperationException("CMDB not wired yet");
    }
}
