package fr.proxima.organisation.commune;

public enum CommuneKind {
    COMMUNE,
    METROPOLE
}
