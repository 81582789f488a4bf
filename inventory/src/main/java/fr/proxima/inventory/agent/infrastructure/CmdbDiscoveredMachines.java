package fr.proxima.inventory.agent.infrastructure;

import fr.proxima.inventory.agent.application.DiscoveredMachines;
import fr.proxima.inventory.agent.model.AgentInventory;
import fr.proxima.inventory.ci.application.CiDiscovery;
import fr.proxima.inventory.ci.application.DiscoveredMachine;
import fr.proxima.inventory.ci.application.DiscoveredSoftware;
import fr.proxima.inventory.ci.application.DiscoveryResult;
import fr.proxima.inventory.ci.model.CiType;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The agents' inventories recorded through the CI feature's discovery upsert ({@link CiDiscovery}), which finds
 * the machine by serial, asset tag or agent device id, refuses a machine of another commune (409) and replaces the
 * installed software with history. This class only translates the agent's report into the CMDB's terms.
 */
@Singleton
class CmdbDiscoveredMachines implements DiscoveredMachines {
    private final CiDiscovery discovery;

    CmdbDiscoveredMachines(CiDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public Recorded record(String communeCode, AgentInventory inv, Instant at) {
        DiscoveryResult r = discovery.upsert(machine(inv), communeCode, at);
        return new Recorded(r.ciId(), r.outcome() == DiscoveryResult.Outcome.CREATED);
    }

    static DiscoveredMachine machine(AgentInventory inv) {
        AgentInventory.Bios bios = inv.bios();
        String cpu = inv.cpus().isEmpty() ? null : cpu(inv.cpus().get(0), inv.cpus().size());
        long diskMb = inv.storages().stream().filter(s -> s.type() == null || s.type().equalsIgnoreCase("disk"))
                .map(AgentInventory.Storage::sizeMb).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        String mac = inv.networks().stream().filter(n -> !n.virtual() && n.mac() != null
                        && !n.mac().equals("00:00:00:00:00:00")).map(AgentInventory.Network::mac).findFirst()
                .orElse(null);
        String os = inv.os() == null ? null : inv.os().fullName() != null ? inv.os().fullName() : inv.os().name();
        String osVersion = inv.os() == null ? null : inv.os().version();
        List<DiscoveredSoftware> software = inv.softwares().stream()
                .map(s -> new DiscoveredSoftware(s.name(), s.publisher(), s.version(), null)).toList();
        return new DiscoveredMachine(inv.deviceId(), bios == null ? null : bios.assetTag(),
                bios == null ? null : bios.serial(), bios == null ? null : bios.manufacturer(),
                bios == null ? null : bios.model(), CiType.valueOf(inv.machineType()), inv.hostname(), os, osVersion,
                cpu, inv.memoryMb() == null ? null : inv.memoryMb().longValue(),
                diskMb > 0 ? Math.max(1, Math.round(diskMb / 1024.0)) : null, mac, inv.ipAddress(), software);
    }

    private static String cpu(AgentInventory.Cpu c, int sockets) {
        StringBuilder b = new StringBuilder(c.name() == null ? "Processeur" : c.name());
        if (c.cores() != null) {
            b.append(" (").append(sockets > 1 ? sockets + " × " : "").append(c.cores()).append(" cœurs");
            if (c.threads() != null) {
                b.append(", ").append(c.threads()).append(" threads");
            }
            b.append(')');
        }
        return b.toString();
    }
}
