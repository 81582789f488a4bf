package fr.proxima.inventory.ci.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static fr.proxima.inventory.ci.model.AttributeKind.HOSTNAME;
import static fr.proxima.inventory.ci.model.AttributeKind.IMEI;
import static fr.proxima.inventory.ci.model.AttributeKind.IP_ADDRESS;
import static fr.proxima.inventory.ci.model.AttributeKind.MAC_ADDRESS;
import static fr.proxima.inventory.ci.model.AttributeKind.PHONE;

/**
 * The kinds of configuration item and the attributes each one carries beyond the common fields. Software is not a
 * CI type: it is a catalogue, and what a machine has installed hangs off the machine.
 *
 * <p>The attributes are stored in one JSON column and checked here (see {@code docs/inventory.md}, "Type-specific
 * attributes"): an attribute another type owns, an unknown key or an ill-formed value is refused with the field
 * {@code attributes.<key>}.
 */
public enum CiType {
    DESKTOP(CiCategory.WORKSTATION, "Poste fixe", Attrs.computer()),
    LAPTOP(CiCategory.WORKSTATION, "Ordinateur portable", Attrs.computer()),
    TABLET(CiCategory.WORKSTATION, "Tablette", Attrs.tablet()),
    MONITOR(CiCategory.PERIPHERAL, "Écran", List.of(
            AttributeSpec.decimal("screenInches", "Diagonale (pouces)", 7, 100),
            AttributeSpec.text("resolution", "Résolution", 20),
            AttributeSpec.text("connectors", "Connectique", 80))),
    PRINTER(CiCategory.PRINTING, "Imprimante", Attrs.printer(false)),
    COPIER(CiCategory.PRINTING, "Copieur multifonction", Attrs.printer(true)),
    DESK_PHONE(CiCategory.TELEPHONY, "Téléphone fixe", List.of(
            AttributeSpec.text("extension", "Numéro interne", 8),
            AttributeSpec.of("lineNumber", "Numéro de ligne", PHONE),
            AttributeSpec.of("macAddress", "Adresse MAC", MAC_ADDRESS),
            AttributeSpec.of("ipAddress", "Adresse IP", IP_ADDRESS))),
    MOBILE_PHONE(CiCategory.TELEPHONY, "Téléphone mobile", List.of(
            AttributeSpec.of("lineNumber", "Numéro de ligne", PHONE),
            AttributeSpec.text("operator", "Opérateur", 40),
            AttributeSpec.text("plan", "Forfait", 80),
            AttributeSpec.of("imei", "IMEI", IMEI),
            AttributeSpec.text("os", "Système", 60),
            AttributeSpec.text("osVersion", "Version du système", 40))),
    SWITCH(CiCategory.NETWORK, "Commutateur", Attrs.network(
            AttributeSpec.integer("ports", "Nombre de ports", 1, 1024),
            AttributeSpec.bool("poe", "Alimentation PoE"))),
    WIFI_ACCESS_POINT(CiCategory.NETWORK, "Borne Wi-Fi", Attrs.network(
            AttributeSpec.text("ssids", "Réseaux diffusés (SSID)", 200),
            AttributeSpec.text("band", "Bandes de fréquence", 40))),
    ROUTER(CiCategory.NETWORK, "Routeur", Attrs.network(
            AttributeSpec.text("wanLink", "Lien WAN", 120))),
    SERVER(CiCategory.SERVER, "Serveur", Attrs.server());

    private final CiCategory category;
    private final String label;
    private final Map<String, AttributeSpec> attributes;

    CiType(CiCategory category, String label, List<AttributeSpec> attributes) {
        this.category = category;
        this.label = label;
        Map<String, AttributeSpec> byKey = new LinkedHashMap<>();
        for (AttributeSpec a : attributes) {
            byKey.put(a.key(), a);
        }
        byKey.put(Attrs.AGENT_DEVICE_ID.key(), Attrs.AGENT_DEVICE_ID);
        this.attributes = java.util.Collections.unmodifiableMap(byKey);
    }

    public CiCategory category() {
        return category;
    }

    public String label() {
        return label;
    }

    /** The attributes this type may carry, in display order. */
    public Map<String, AttributeSpec> attributes() {
        return attributes;
    }

    public Optional<AttributeSpec> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** Machines an inventory agent reports (they have software and hardware details). */
    public boolean isComputer() {
        return this == DESKTOP || this == LAPTOP || this == SERVER || this == TABLET;
    }

    /**
     * The type named by its code ({@code LAPTOP}) or its French label ({@code Ordinateur portable}), accents and
     * case ignored; empty when nothing matches.
     */
    public static Optional<CiType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Lookup.BY_NAME.get(fold(text)));
    }

    /** The form names are compared in: no accents, lower case, {@code _} and {@code -} as spaces, spaces collapsed. */
    static String fold(String s) {
        return Texts.collapse(Texts.fold(s).replace('_', ' ').replace('-', ' '));
    }

    /** Codes and labels, folded, to the type (built once: an import parses a type per line). */
    private static final class Lookup {
        static final java.util.Map<String, CiType> BY_NAME = new java.util.HashMap<>();

        static {
            for (CiType t : values()) {
                BY_NAME.put(fold(t.name()), t);
                BY_NAME.put(fold(t.label), t);
            }
        }
    }

    /** Attribute lists shared by several types (an enum's constants cannot refer to its own static fields). */
    private static final class Attrs {
        static final AttributeSpec AGENT_DEVICE_ID = AttributeSpec.text("agentDeviceId",
                "Identifiant de l'agent d'inventaire", 128);

        static List<AttributeSpec> computer() {
            return List.of(
                    AttributeSpec.of("hostname", "Nom d'hôte", HOSTNAME),
                    AttributeSpec.text("os", "Système", 60),
                    AttributeSpec.text("osVersion", "Version du système", 40),
                    AttributeSpec.text("cpu", "Processeur", 120),
                    AttributeSpec.integer("ramMb", "Mémoire (Mo)", 0, 4_194_304),
                    AttributeSpec.integer("diskGb", "Stockage (Go)", 0, 1_000_000),
                    AttributeSpec.of("macAddress", "Adresse MAC", MAC_ADDRESS),
                    AttributeSpec.of("ipAddress", "Adresse IP", IP_ADDRESS));
        }

        static List<AttributeSpec> tablet() {
            return List.of(
                    AttributeSpec.of("hostname", "Nom d'hôte", HOSTNAME),
                    AttributeSpec.text("os", "Système", 60),
                    AttributeSpec.text("osVersion", "Version du système", 40),
                    AttributeSpec.integer("storageGb", "Stockage (Go)", 0, 100_000),
                    AttributeSpec.of("imei", "IMEI", IMEI),
                    AttributeSpec.of("lineNumber", "Numéro de ligne (données)", PHONE),
                    AttributeSpec.of("macAddress", "Adresse MAC", MAC_ADDRESS));
        }

        static List<AttributeSpec> printer(boolean copier) {
            List<AttributeSpec> list = new ArrayList<>(List.of(
                    AttributeSpec.bool("color", "Couleur"),
                    AttributeSpec.of("hostname", "Nom d'hôte", HOSTNAME),
                    AttributeSpec.of("ipAddress", "Adresse IP", IP_ADDRESS),
                    AttributeSpec.of("macAddress", "Adresse MAC", MAC_ADDRESS),
                    AttributeSpec.integer("pageCounter", "Compteur de pages", 0, 100_000_000)));
            if (copier) {
                list.add(AttributeSpec.integer("speedPpm", "Vitesse (pages/min)", 1, 300));
                list.add(AttributeSpec.text("leaseContract", "Contrat de location", 64));
                list.add(AttributeSpec.date("leaseEnd", "Fin de location"));
            }
            return list;
        }

        static List<AttributeSpec> network(AttributeSpec... own) {
            List<AttributeSpec> list = new ArrayList<>(List.of(
                    AttributeSpec.of("hostname", "Nom d'hôte", HOSTNAME),
                    AttributeSpec.of("ipAddress", "Adresse IP", IP_ADDRESS),
                    AttributeSpec.of("macAddress", "Adresse MAC", MAC_ADDRESS),
                    AttributeSpec.text("firmware", "Micrologiciel", 60)));
            list.addAll(List.of(own));
            return list;
        }

        static List<AttributeSpec> server() {
            List<AttributeSpec> list = new ArrayList<>(computer());
            list.add(AttributeSpec.bool("virtual", "Machine virtuelle"));
            list.add(AttributeSpec.text("rackLocation", "Emplacement (baie)", 60));
            return list;
        }
    }
}
