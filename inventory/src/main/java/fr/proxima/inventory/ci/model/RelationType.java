package fr.proxima.inventory.ci.model;

/**
 * How two CIs relate. CONNECTED_TO is symmetric (a printer connected to a switch is the switch connected to the
 * printer); INSTALLED_ON and PART_OF are directed from the part to the whole and may not loop.
 */
public enum RelationType {
    CONNECTED_TO("connecté à", true),
    INSTALLED_ON("installé sur", false),
    PART_OF("fait partie de", false);

    private final String label;
    private final boolean symmetric;

    RelationType(String label, boolean symmetric) {
        this.label = label;
        this.symmetric = symmetric;
    }

    public String label() {
        return label;
    }

    public boolean symmetric() {
        return symmetric;
    }
}
