package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiStore;
import fr.proxima.inventory.ci.infrastructure.DuplicateCiException;
import fr.proxima.inventory.ci.model.AssetTag;
import fr.proxima.inventory.ci.model.AttributeKind;
import fr.proxima.inventory.ci.model.AttributeSpec;
import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.FieldChange;
import fr.proxima.inventory.ci.model.InstalledSoftware;
import fr.proxima.inventory.ci.model.Manufacturers;
import fr.proxima.inventory.ci.model.SerialNumber;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Machines reported by inventory agents: finds the CI the report is about, or creates it, updates what the agent
 * knows (hardware attributes, host name, operating system, serial number when the CI had none) and replaces the
 * installed software, with history, and never creates a second CI for a machine it already knows.
 *
 * <p>Matching, in order: the manufacturer's serial number (a firmware placeholder such as "To be filled by
 * O.E.M." is no serial); the asset tag, if the report carries one; the agent's device id (recorded as the
 * attribute {@code agentDeviceId}). A machine found in another commune than the agent's is refused (409
 * {@code INV-3040}): an agent never writes into another commune; moving a machine is a person's decision.
 *
 * <p>What people own stays theirs: the type, asset tag, manufacturer, status, site, person, dates and notes of a
 * known CI are not touched by an agent. A new machine gets the reported asset tag if it is free, else an
 * automatic one ({@code AUTO-000042}), status IN_SERVICE, the agent's commune, no site nor person.
 *
 * <p>Each report is its own transaction; call it outside any transaction. Two reports of the same new machine at
 * once: the second one's insert hits the serial's unique key and is retried once as an update.
 */
@Singleton
public class CiDiscovery {
    /** The history's actor for agent writes: {@code agent:33522}. */
    public static final String ACTOR_PREFIX = "agent:";
    /** The attributes an agent's report sets. */
    static final List<String> AGENT_ATTRIBUTES = List.of("hostname", "os", "osVersion", "cpu", "ramMb", "diskGb",
            "macAddress", "ipAddress", "agentDeviceId");

    private final CiReader reader;
    private final CiStore store;
    private final SoftwareCatalogue catalogue;
    private final Organisation organisation;
    private final TransactionOperations<Connection> tx;

    CiDiscovery(CiReader reader, CiStore store, SoftwareCatalogue catalogue, Organisation organisation,
                TransactionOperations<Connection> tx) {
        this.reader = reader;
        this.store = store;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.tx = tx;
    }

    /**
     * Records an agent's report of a machine of {@code communeCode} received at {@code at}.
     *
     * @throws ProblemException 400 {@code INV-3001} for an unknown commune or a report without device id,
     *                          409 {@code INV-3040} when the machine belongs to another commune
     */
    public DiscoveryResult upsert(DiscoveredMachine machine, String communeCode, Instant at) {
        if (!CommuneCode.isValid(communeCode) || !organisation.communeExists(communeCode)) {
            throw InvProblems.invalid("commune", "unknown", "Entité inconnue");
        }
        try {
            return tx.executeWrite(status -> upsertOnce(machine, communeCode, at));
        } catch (DuplicateCiException first) {
            return tx.executeWrite(status -> upsertOnce(machine, communeCode, at));
        }
    }

    private DiscoveryResult upsertOnce(DiscoveredMachine m, String commune, Instant at) {
        String actor = ACTOR_PREFIX + commune;
        String serial = SerialNumber.fromAgent(m.serialNumber());
        String manufacturer = Manufacturers.canonical(m.manufacturer());
        if (manufacturer == null) {
            manufacturer = "Inconnu";
        } else if (manufacturer.length() > CiDetails.MANUFACTURER_MAX) {
            manufacturer = manufacturer.substring(0, CiDetails.MANUFACTURER_MAX);
        }
        String tag = AssetTag.normalise(m.assetTag());
        Optional<ConfigurationItem> found = find(serial, manufacturer, tag, m.agentDeviceId());
        if (found.isPresent() && !found.get().communeCode().equals(commune)) {
            throw InvProblems.conflict(InvProblems.OTHER_COMMUNE, "Matériel d'une autre entité",
                    "Ce matériel appartient à une autre entité que celle de l'agent", Map.of());
        }
        List<String> ignored = new ArrayList<>();
        List<InstalledSoftware> reported = new ArrayList<>();
        for (DiscoveredSoftware s : m.software()) {
            InstalledSoftware i = InstalledSoftware.of(s.name(), s.publisher(), s.version(), s.installedOn());
            if (i != null) {
                reported.add(i);
            }
        }
        if (found.isEmpty()) {
            return create(m, commune, at, actor, serial, manufacturer, tag, ignored, reported);
        }
        ConfigurationItem ci = store.lock(found.get().id()).orElseThrow(InvProblems::ciNotFound);
        CiDetails d = ci.details();
        Map<String, Object> reportedAttributes = attributes(d.type(), m, ignored);
        keepDeviceIfFree(reportedAttributes, d.attributes().text("agentDeviceId"), ci.id());
        CiAttributes attributes = d.attributes().with(d.type(), reportedAttributes, new ArrayList<>());
        CiDetails next = new CiDetails(d.type(), d.assetTag(),
                d.serialNumber() == null ? serialIfFree(serial, d.manufacturer(), ci.id()) : d.serialNumber(),
                d.manufacturer(), m.model() == null || m.model().isBlank() ? d.model() : cut(m.model().strip(),
                CiDetails.MODEL_MAX), d.status(), d.communeCode(), d.siteId(), d.personId(), d.acquisitionDate(),
                d.warrantyEnd(), d.supplier(), d.purchaseReference(), d.notes(), attributes);
        List<FieldChange> changes = ci.change(next, at);
        ci.reportedByAgent(at);
        if (changes.isEmpty()) {
            store.touchAgentReport(ci.id(), at);
        } else {
            store.update(ci, actor);
        }
        InstalledSoftware.Changes software = InstalledSoftware.diff(store.installedOn(ci.id()), reported);
        if (!software.isEmpty()) {
            store.applySoftware(ci.id(), software, catalogue.idsByMatchKey(keys(software.added())), at);
            store.writeHistory(ci.id(), software.history(), actor, at);
        }
        boolean updated = !changes.isEmpty() || !software.isEmpty();
        return new DiscoveryResult(ci.id(), d.assetTag(), updated ? DiscoveryResult.Outcome.UPDATED
                : DiscoveryResult.Outcome.UNCHANGED, changes.stream().map(FieldChange::field).toList(),
                software.added().size(), software.removed().size(), ignored);
    }

    private DiscoveryResult create(DiscoveredMachine m, String commune, Instant at, String actor, String serial,
                                   String manufacturer, String tag, List<String> ignored,
                                   List<InstalledSoftware> reported) {
        CiType type = m.type() == null ? CiType.DESKTOP : m.type();
        if (tag == null || reader.findByAssetTag(tag, AccessScope.system()).isPresent()) {
            tag = store.nextAutomaticAssetTag();
        }
        CiAttributes attributes = CiAttributes.of(type, attributes(type, m, ignored), new ArrayList<>());
        CiDetails details = new CiDetails(type, tag, serial, manufacturer,
                m.model() == null || m.model().isBlank() ? null : cut(m.model().strip(), CiDetails.MODEL_MAX),
                CiStatus.IN_SERVICE, commune, null, null, null, null, null, null, null, attributes);
        ConfigurationItem ci = ConfigurationItem.create(details, actor, at);
        ci.reportedByAgent(at);
        ConfigurationItem saved = store.insert(ci, actor);
        InstalledSoftware.Changes software = InstalledSoftware.diff(List.of(), reported);
        if (!software.isEmpty()) {
            store.applySoftware(saved.id(), software, catalogue.idsByMatchKey(keys(software.added())), at);
            store.writeHistory(saved.id(), List.of(new FieldChange("software", null,
                    software.added().size() + " logiciel(s) inventorié(s)")), actor, at);
        }
        return new DiscoveryResult(saved.id(), tag, DiscoveryResult.Outcome.CREATED, List.of(ConfigurationItem.CREATED),
                software.added().size(), 0, ignored);
    }

    private Optional<ConfigurationItem> find(String serial, String manufacturer, String tag, String deviceId) {
        AccessScope all = AccessScope.system();
        Optional<ConfigurationItem> found = Optional.empty();
        if (serial != null) {
            found = reader.findBySerial(manufacturer, serial, all);
        }
        if (found.isEmpty() && tag != null) {
            found = reader.findByAssetTag(tag, all);
        }
        if (found.isEmpty() && deviceId != null && !deviceId.isBlank()) {
            found = reader.findByAgentDevice(cut(deviceId.strip(), 128), all);
        }
        return found;
    }

    /**
     * Leaves out the reported device id when another CI carries it (a machine found by its serial or asset tag
     * whose agent id was first seen on another CI): the CI keeps its own, the unique key is not hit.
     */
    private void keepDeviceIfFree(Map<String, Object> reported, String current, long selfId) {
        Object device = reported.get("agentDeviceId");
        // the usual report names the device id the CI already has: nothing to look up
        if (device instanceof String id && !id.isBlank() && !id.equals(current)) {
            Optional<ConfigurationItem> other = reader.findByAgentDevice(cut(id.strip(), 128), AccessScope.system());
            if (other.isPresent() && !other.get().id().equals(selfId)) {
                reported.remove("agentDeviceId");
            }
        }
    }

    /** The reported serial, unless another CI of the manufacturer has it (then the CI keeps none). */
    private String serialIfFree(String serial, String manufacturer, long selfId) {
        if (serial == null) {
            return null;
        }
        Optional<ConfigurationItem> other = reader.findBySerial(manufacturer, serial, AccessScope.system());
        return other.isPresent() && !other.get().id().equals(selfId) ? null : serial;
    }

    /**
     * The reported attributes the type has, normalised; a text too long is cut, another malformed value is left
     * out and named in {@code ignored} (an agent's odd host name must not lose the whole report).
     */
    private static Map<String, Object> attributes(CiType type, DiscoveredMachine m, List<String> ignored) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("hostname", m.hostname());
        raw.put("os", m.os());
        raw.put("osVersion", m.osVersion());
        raw.put("cpu", m.cpu());
        raw.put("ramMb", m.ramMb());
        raw.put("diskGb", m.diskGb());
        raw.put("macAddress", m.macAddress());
        raw.put("ipAddress", m.ipAddress());
        raw.put("agentDeviceId", m.agentDeviceId());
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            AttributeSpec spec = type.attributes().get(key);
            if (spec == null || value == null) {
                return;
            }
            Object v = value instanceof String s && s.length() > 255 ? s.substring(0, 255) : value;
            try {
                Object normalised = spec.normalise(v);
                if (normalised != null) {
                    out.put(key, normalised);
                }
            } catch (AttributeSpec.InvalidValue e) {
                if (spec.kind() == AttributeKind.TEXT && v instanceof String s) {
                    out.put(key, cut(s.strip().replaceAll("\\s+", " "), (int) spec.max()));
                } else {
                    ignored.add(key);
                }
            }
        });
        return out;
    }

    private static List<String> keys(List<InstalledSoftware> software) {
        return software.stream().map(InstalledSoftware::matchKey).toList();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
