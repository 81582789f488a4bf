package fr.proxima.organisation;

/** The roles of Proxima's users. A user has exactly one. */
public enum Role {
    /** Agent of the CAN (call centre): logs calls, creates and follows tickets for every commune. */
    CAN_AGENT,
    /** Field technician of one proximity centre (or member of a support group). */
    TECHNICIAN,
    /** Manager of one proximity centre, guarantor of its communes' contracts of engagement. */
    CENTRE_MANAGER,
    /** Read-only user of one commune: sees that commune's data and nothing else. */
    COMMUNE_VIEWER,
    /** Administrator of the reference data and of the accounts. */
    ADMIN;

    public boolean boundToTeam() {
        return this == TECHNICIAN || this == CENTRE_MANAGER;
    }
}
