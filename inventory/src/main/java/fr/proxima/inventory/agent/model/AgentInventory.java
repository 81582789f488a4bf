package fr.proxima.inventory.agent.model;

import java.util.List;

/**
 * One machine's inventory as an agent reported it. Values are as the agent sent them (trimmed, cut to sensible
 * lengths); absent values are null. {@code memoryMb} is the sum of the memory modules, or the total the
 * operating system reports when the agent could not read the modules (virtual machines).
 *
 * @param deviceId the agent's stable identifier of the machine (host name and first run's date)
 */
public record AgentInventory(String deviceId, String hostname, String uuid, String chassisType, Bios bios,
                             OperatingSystem os, List<Cpu> cpus, Integer memoryMb, List<Memory> memories,
                             List<Storage> storages, List<Network> networks, List<Software> softwares,
                             String ipAddress, String agentVersion) {

    public AgentInventory {
        cpus = List.copyOf(cpus);
        memories = List.copyOf(memories);
        storages = List.copyOf(storages);
        networks = List.copyOf(networks);
        softwares = List.copyOf(softwares);
    }

    /** BIOS / system information: SSN (system serial), SMANUFACTURER, SMODEL, ASSETTAG. */
    public record Bios(String serial, String manufacturer, String model, String version, String date,
                       String assetTag) {
    }

    public record OperatingSystem(String name, String version, String fullName, String arch, String kernel) {
    }

    public record Cpu(String name, String manufacturer, Integer cores, Integer threads, Integer speedMhz) {
    }

    public record Memory(Integer capacityMb, String type, Integer speedMhz, String serial) {
    }

    public record Storage(String name, String model, Long sizeMb, String serial, String type) {
    }

    public record Network(String description, String mac, String ip, boolean virtual) {
    }

    public record Software(String name, String version, String publisher) {
    }

    private static final java.util.regex.Pattern ZEROES = java.util.regex.Pattern.compile("^[0 .-]+$");

    /** The serial number when it is a real one (not empty, not a firmware placeholder). */
    public String realSerial() {
        String s = bios == null ? null : bios.serial();
        if (s == null) {
            return null;
        }
        String u = s.trim().toUpperCase(java.util.Locale.ROOT);
        if (u.isEmpty() || u.equals("0") || u.contains("TO BE FILLED") || u.contains("DEFAULT STRING")
                || u.equals("NONE") || u.equals("NOT SPECIFIED") || u.equals("SYSTEM SERIAL NUMBER")
                || ZEROES.matcher(u).matches()) {
            return null;
        }
        return s.trim();
    }

    /** The kind of machine, from the chassis type the agent read (desktop when unknown). */
    public String machineType() {
        String c = chassisType == null ? "" : chassisType.toLowerCase(java.util.Locale.ROOT);
        if (c.contains("notebook") || c.contains("laptop") || c.contains("portable") || c.contains("convertible")
                || c.contains("detachable")) {
            return "LAPTOP";
        }
        if (c.contains("tablet")) {
            return "TABLET";
        }
        if (c.contains("server") || c.contains("rack") || c.contains("blade")) {
            return "SERVER";
        }
        return "DESKTOP";
    }
}
