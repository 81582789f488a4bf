package fr.proxima.inventory.agent.protocol;

import fr.proxima.inventory.agent.model.AgentInventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a parsed OCS {@code REQUEST}: its query ({@code PROLOG}, {@code INVENTORY}...), its {@code DEVICEID}, and for
 * an inventory the sections the CMDB keeps (HARDWARE, BIOS, OPERATINGSYSTEM, CPUS, MEMORIES, STORAGES, NETWORKS,
 * SOFTWARES). Unknown sections are ignored; numbers that do not parse are dropped, not fatal.
 */
public final class InventoryReader {
    /** Software entries kept per machine: beyond, the report is cut (a real workstation has a few thousand). */
    public static final int MAX_SOFTWARE = 20_000;
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("^-?\\d{1,18}$");

    private InventoryReader() {
    }

    /** A parsed request: its query, device id and root element. */
    public record Request(String query, String deviceId, XmlNode root) {
    }

    public static Request request(XmlNode root) {
        if (!root.name().equals("REQUEST")) {
            throw new OcsProtocolException("query", "root element is not REQUEST");
        }
        String query = root.value("QUERY");
        if (query == null) {
            throw new OcsProtocolException("query", "no QUERY");
        }
        return new Request(query.toUpperCase(Locale.ROOT), cut(root.value("DEVICEID"), 128), root);
    }

    public static AgentInventory inventory(Request request) {
        XmlNode content = request.root().first("CONTENT")
                .orElseThrow(() -> new OcsProtocolException("query", "INVENTORY without CONTENT"));
        XmlNode hw = content.first("HARDWARE").orElse(null);
        XmlNode bios = content.first("BIOS").orElse(null);
        XmlNode os = content.first("OPERATINGSYSTEM").orElse(null);
        AgentInventory.Bios b = bios == null ? new AgentInventory.Bios(null, null, null, null, null, null)
                : new AgentInventory.Bios(cut(bios.value("SSN"), 64),
                firstNonNull(cut(bios.value("SMANUFACTURER"), 64), cut(bios.value("MMANUFACTURER"), 64)),
                firstNonNull(cut(bios.value("SMODEL"), 120), cut(bios.value("MMODEL"), 120)),
                cut(bios.value("BVERSION"), 64), cut(bios.value("BDATE"), 32), cut(bios.value("ASSETTAG"), 32));
        AgentInventory.OperatingSystem o = new AgentInventory.OperatingSystem(
                firstNonNull(cut(v(os, "NAME"), 120), cut(v(hw, "OSNAME"), 120)),
                firstNonNull(cut(v(os, "VERSION"), 64), cut(v(hw, "OSVERSION"), 64)),
                firstNonNull(cut(v(os, "FULL_NAME"), 160), cut(v(hw, "OSNAME"), 160)),
                cut(v(os, "ARCH"), 32), cut(firstNonNull(v(os, "KERNEL_VERSION"), v(hw, "OSVERSION")), 64));
        List<AgentInventory.Cpu> cpus = new ArrayList<>();
        for (XmlNode c : content.all("CPUS")) {
            cpus.add(new AgentInventory.Cpu(cut(firstNonNull(c.value("NAME"), c.value("TYPE")), 160),
                    cut(c.value("MANUFACTURER"), 64), integer(c.value("CORE")), integer(c.value("THREAD")),
                    integer(c.value("SPEED"))));
        }
        List<AgentInventory.Memory> memories = new ArrayList<>();
        int modules = 0;
        for (XmlNode m : content.all("MEMORIES")) {
            Integer capacity = integer(m.value("CAPACITY"));
            if (capacity != null && capacity > 0) {
                modules += capacity;
                memories.add(new AgentInventory.Memory(capacity, cut(m.value("TYPE"), 32), integer(m.value("SPEED")),
                        cut(m.value("SERIALNUMBER"), 64)));
            }
        }
        Integer memory = modules > 0 ? Integer.valueOf(modules) : integer(v(hw, "MEMORY"));
        List<AgentInventory.Storage> storages = new ArrayList<>();
        for (XmlNode s : content.all("STORAGES")) {
            storages.add(new AgentInventory.Storage(cut(s.value("NAME"), 120), cut(s.value("MODEL"), 120),
                    longValue(s.value("DISKSIZE")), cut(s.value("SERIALNUMBER"), 64), cut(s.value("TYPE"), 32)));
        }
        List<AgentInventory.Network> networks = new ArrayList<>();
        for (XmlNode n : content.all("NETWORKS")) {
            networks.add(new AgentInventory.Network(cut(n.value("DESCRIPTION"), 120), cut(n.value("MACADDR"), 32),
                    cut(n.value("IPADDRESS"), 64), "1".equals(n.value("VIRTUALDEV"))));
        }
        // one entry per (name, version): agents list multi-arch packages twice
        Map<String, AgentInventory.Software> softwares = new LinkedHashMap<>();
        for (XmlNode s : content.all("SOFTWARES")) {
            String name = cut(s.value("NAME"), 255);
            if (name == null || softwares.size() >= MAX_SOFTWARE) {
                continue;
            }
            String version = cut(s.value("VERSION"), 64);
            softwares.putIfAbsent(name.toLowerCase(Locale.ROOT) + "\u0000" + (version == null ? "" : version),
                    new AgentInventory.Software(name, version, cut(s.value("PUBLISHER"), 160)));
        }
        String agentVersion = content.first("VERSIONCLIENT").map(XmlNode::text).filter(t -> !t.isEmpty())
                .orElse(null);
        return new AgentInventory(request.deviceId(), cut(v(hw, "NAME"), 64), cut(v(hw, "UUID"), 64),
                cut(v(hw, "CHASSIS_TYPE"), 32), b, o, cpus, memory, memories, storages, networks,
                List.copyOf(softwares.values()), cut(v(hw, "IPADDR"), 64), cut(agentVersion, 64));
    }

    private static String v(XmlNode node, String child) {
        return node == null ? null : node.value(child);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= max ? t : t.substring(0, max);
    }

    private static Integer integer(String s) {
        Long l = longValue(s);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
    }

    private static Long longValue(String s) {
        if (s == null) {
            return null;
        }
        String digits = s.strip();
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            digits = digits.substring(0, dot);
        }
        if (!INTEGER.matcher(digits).matches()) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
