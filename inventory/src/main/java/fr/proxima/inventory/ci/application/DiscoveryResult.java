package fr.proxima.inventory.ci.application;

import java.util.List;

/**
 * What an agent's report did: which CI it landed on, whether it created, updated or only confirmed it, the fields
 * that changed, the software added and removed, and the reported values that were ignored (malformed).
 */
public record DiscoveryResult(long ciId, String assetTag, Outcome outcome, List<String> changedFields,
                              int softwareAdded, int softwareRemoved, List<String> ignored) {
    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
