package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.model.CiType;

import java.util.List;

/**
 * A machine as an inventory agent reports it (what the agent endpoint extracts from a FusionInventory or OCS
 * inventory). Everything may be missing but the agent's device id; {@code type} is the caller's reading of the
 * chassis ({@code null}: a desktop). The software list is the whole list: it replaces what the machine had.
 *
 * @param agentDeviceId the agent's stable identifier of the machine (FusionInventory's DEVICEID)
 * @param assetTag      the asset tag if the BIOS or the agent's configuration carries one
 */
public record DiscoveredMachine(String agentDeviceId, String assetTag, String serialNumber, String manufacturer,
                                String model, CiType type, String hostname, String os, String osVersion, String cpu,
                                Long ramMb, Long diskGb, String macAddress, String ipAddress,
                                List<DiscoveredSoftware> software) {
    public DiscoveredMachine {
        software = software == null ? List.of() : List.copyOf(software);
    }
}
