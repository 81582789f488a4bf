package fr.proxima.inventory.ciimport.model;

import fr.proxima.inventory.ci.model.Texts;

/**
 * The columns of the CI import template, in the template's order: the French header people see, the API name
 * also accepted as a header, and whether the column must be present. A column absent from a file leaves that field
 * of existing CIs as it is; a column present with an empty cell empties the field.
 */
public enum ImportColumn {
    ASSET_TAG("Numéro d'inventaire", "assetTag", true),
    TYPE("Type", "type", true),
    SERIAL_NUMBER("Numéro de série", "serialNumber", false),
    MANUFACTURER("Fabricant", "manufacturer", true),
    MODEL("Modèle", "model", false),
    STATUS("Statut", "status", true),
    COMMUNE("Entité", "commune", true),
    SITE("Site", "site", false),
    PERSON("Agent", "person", false),
    ACQUISITION_DATE("Date d'acquisition", "acquisitionDate", false),
    WARRANTY_END("Fin de garantie", "warrantyEnd", false),
    SUPPLIER("Fournisseur", "supplier", false),
    PURCHASE_REFERENCE("Référence d'achat", "purchaseReference", false),
    NOTES("Notes", "notes", false),
    ATTRIBUTES("Attributs", "attributes", false);

    private final String header;
    private final String apiName;
    private final boolean required;

    ImportColumn(String header, String apiName, boolean required) {
        this.header = header;
        this.apiName = apiName;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String apiName() {
        return apiName;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names (French header or API name; case, accents, spaces and quotes ignored). */
    public static ImportColumn of(String headerCell) {
        String h = fold(headerCell);
        for (ImportColumn c : values()) {
            if (fold(c.header).equals(h) || fold(c.apiName).equals(h)) {
                return c;
            }
        }
        return null;
    }

    static String fold(String s) {
        return Texts.without(Texts.fold(s == null ? "" : s), " '’_-");
    }
}
