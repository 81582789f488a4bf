package fr.proxima.inventory.software;

/** Where an application stands in the DSI's catalogue (the rationalisation plan cuts the list by 60 %). */
public enum SoftwareStatus {
    /** Supported and deployable. */
    APPROVED,
    /** Tolerated where installed; not deployed further. */
    TOLERATED,
    /** To be removed from the machines (replaced or unused). */
    TO_RETIRE,
    /** Must not be installed (security, licensing). */
    FORBIDDEN
}
