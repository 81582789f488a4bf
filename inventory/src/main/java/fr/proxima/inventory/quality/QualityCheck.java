package fr.proxima.inventory.quality;

/** The checks of the quality-control report, with their French labels. */
public enum QualityCheck {
    /** The serial number is also another CI's (under another manufacturer name: the same machine entered twice?). */
    DUPLICATE_SERIAL("Numéro de série en double"),
    /** In service, and neither a site nor a person says where it is. */
    IN_SERVICE_WITHOUT_LOCATION("En service sans site ni agent"),
    /** Personal equipment (laptop, tablet, mobile phone) in service without the person who has it. */
    IN_SERVICE_WITHOUT_PERSON("Équipement individuel en service sans agent"),
    /** A machine an agent should report (desktop, laptop, server) not reported for 90 days, or never. */
    NOT_REPORTED("Non remonté par un agent depuis 90 jours"),
    /** The warranty has ended (retired items aside). */
    WARRANTY_EXPIRED("Garantie expirée"),
    /** An active agent of the commune with no equipment assigned. */
    PERSON_WITHOUT_EQUIPMENT("Agent sans équipement"),
    /** Software found on machines and absent from the catalogue. */
    SOFTWARE_NOT_IN_CATALOGUE("Logiciel installé absent du catalogue");

    private final String label;

    QualityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
