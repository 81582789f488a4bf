package fr.proxima.itsm.call.model;

/** How the call reached the CAN. */
public enum Channel {
    PHONE, EMAIL, PORTAL, WALK_IN
}
