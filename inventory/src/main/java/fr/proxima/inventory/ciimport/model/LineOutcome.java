package fr.proxima.inventory.ciimport.model;

/** What an import does (or, in a dry run, would do) with one line. */
public enum LineOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
