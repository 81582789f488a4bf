package fr.proxima.inventory.ci.model;

/** Families of CI types, for grouping in lists and reports. */
public enum CiCategory {
    WORKSTATION("Poste de travail"),
    PERIPHERAL("Périphérique"),
    PRINTING("Impression"),
    TELEPHONY("Téléphonie"),
    NETWORK("Réseau"),
    SERVER("Serveur");

    private final String label;

    CiCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
