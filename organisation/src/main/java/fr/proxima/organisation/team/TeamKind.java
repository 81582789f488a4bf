package fr.proxima.organisation.team;

public enum TeamKind {
    PROXIMITY_CENTRE,
    SUPPORT_GROUP
}
